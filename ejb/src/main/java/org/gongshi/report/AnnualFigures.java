package org.gongshi.report;

import jakarta.persistence.EntityManager;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.Validity;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.ResultRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Computes the tables of one year from the database, for whatever the entity manager's tenant scope
 * covers (one division, or a county's subtree): a handful of aggregate JPQL queries (GROUP BY applicant
 * type, reply type, closing reason, challenge kind and outcome), never loading the requests themselves.
 *
 * <p>How the year is read (the national format counts as of 31 December of the year):
 * <ul>
 *   <li>一 本年新收: received in the year (the date of receipt, Regulation Art. 31).</li>
 *   <li>二 上年结转: received before the year and not closed before it.</li>
 *   <li>三 办理结果: closed in the year, in the row of its reply type or closing reason
 *       ({@link ReplyType#row()}, {@link ClosingReason#row()}); （七）总计 counts every request closed in the
 *       year, so a closed request the format has no row for shows as a failing check, not as a lost number.</li>
 *   <li>四 结转下年度: received by the end of the year and not closed by then.</li>
 *   <li>Table 四: reviews and lawsuits filed in the year, with the outcome known at the end of the year
 *       (a decision after 31 December counts as 尚未审结).</li>
 *   <li>Table 二, normative documents (行政规范性文件) on the board: 本年制发 — written (成文日期) in the
 *       year, or published in it when no date was written; 本年废止 — marked 已废止 by a change made in the
 *       year (a notice keeps no separate date of abolition: its last change stands in); 现行有效 — in force
 *       or amended, not past its end date, published by the end of the year (or today, for the running year).</li>
 * </ul>
 */
public final class AnnualFigures {

    /** The oldest year a report can be asked for: the Regulation took effect on 1 May 2008. */
    public static final int FIRST_YEAR = 2008;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AnnualFigures() {
    }

    /** The tables of {@code year} as the entity manager's scope sees them, with the staff's entries. */
    public static AnnualTables compute(EntityManager em, int year, LocalDate today, ManualEntries manual) {
        Objects.requireNonNull(em, "Entity manager is required.");
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return new AnnualTables(tableTwo(em, start, end, today, manual), tableThree(em, start, end), tableFour(em, start, end));
    }

    /**
     * Table 三 in one pass over the scope's requests: grouped by applicant type, reply type and closing
     * reason, with a conditional sum per line (一, 二, 三（七）, 四). No row is filtered out first, so a
     * request whose dates contradict each other still shows up where the checks can see it.
     */
    static AnnualTables.TableThree tableThree(EntityManager em, LocalDate start, LocalDate end) {
        AnnualTables.TableThree t = AnnualTables.TableThree.empty();
        for (Object[] row : em.createQuery("SELECT r.applicantType, r.replyType, r.closingReason,"
                        + " SUM(CASE WHEN r.receivedOn >= :start AND r.receivedOn <= :end THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.receivedOn < :start AND (r.closedOn IS NULL OR r.closedOn >= :start) THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.closedOn >= :start AND r.closedOn <= :end THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.receivedOn <= :end AND (r.closedOn IS NULL OR r.closedOn > :end) THEN 1 ELSE 0 END)"
                        + " FROM DisclosureRequest r GROUP BY r.applicantType, r.replyType, r.closingReason", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            ApplicantType type = (ApplicantType) row[0];
            t.add(AnnualTables.TableThree.Line.NEW.name(), type, n(row[3]));
            t.add(AnnualTables.TableThree.Line.CARRIED_IN.name(), type, n(row[4]));
            long closed = n(row[5]);
            if (closed > 0) {
                ResultRow result = row[1] != null ? ((ReplyType) row[1]).row()
                        : row[2] != null ? ((ClosingReason) row[2]).row() : null;
                if (result != null) {
                    t.add(result.name(), type, closed);
                }
                t.add(AnnualTables.TableThree.Line.RESULT_TOTAL.name(), type, closed);
            }
            t.add(AnnualTables.TableThree.Line.CARRIED_OUT.name(), type, n(row[6]));
        }
        return t;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static AnnualTables.TableFour tableFour(EntityManager em, LocalDate start, LocalDate end) {
        AnnualTables.TableFour t = AnnualTables.TableFour.empty();
        for (Object[] row : em.createQuery("SELECT c.kind, c.outcome, COUNT(c) FROM RequestChallenge c"
                        + " WHERE c.filedOn >= :start AND c.filedOn <= :end"
                        + " AND (c.decidedOn IS NULL OR c.decidedOn <= :end) GROUP BY c.kind, c.outcome", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            t.add((RequestChallenge.Kind) row[0], (RequestChallenge.Outcome) row[1], (Long) row[2]);
        }
        for (Object[] row : em.createQuery("SELECT c.kind, COUNT(c) FROM RequestChallenge c"
                        + " WHERE c.filedOn >= :start AND c.filedOn <= :end AND c.decidedOn > :end GROUP BY c.kind",
                        Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            t.add((RequestChallenge.Kind) row[0], RequestChallenge.Outcome.PENDING, (Long) row[1]);
        }
        return t;
    }

    static AnnualTables.TableTwo tableTwo(EntityManager em, LocalDate start, LocalDate end, LocalDate today,
                                          ManualEntries manual) {
        Instant from = start.atStartOfDay(ZONE).toInstant();
        Instant until = end.plusDays(1).atStartOfDay(ZONE).toInstant();
        LocalDate asOf = today != null && today.isBefore(end) ? today : end;
        Instant asOfEnd = asOf.plusDays(1).atStartOfDay(ZONE).toInstant();
        long issued = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.genre = :genre AND n.status = :published"
                        + " AND ((n.writtenOn >= :start AND n.writtenOn <= :end)"
                        + " OR (n.writtenOn IS NULL AND n.publishedAt >= :from AND n.publishedAt < :until))", Long.class)
                .setParameter("genre", Genre.NORMATIVE_DOCUMENT).setParameter("published", NoticeStatus.PUBLISHED)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("from", from).setParameter("until", until).getSingleResult();
        long abolished = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.genre = :genre AND n.status = :published"
                        + " AND n.validity = :abolished AND n.updatedAt >= :from AND n.updatedAt < :until", Long.class)
                .setParameter("genre", Genre.NORMATIVE_DOCUMENT).setParameter("published", NoticeStatus.PUBLISHED)
                .setParameter("abolished", Validity.ABOLISHED)
                .setParameter("from", from).setParameter("until", until).getSingleResult();
        long inForce = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.genre = :genre AND n.status = :published"
                        + " AND n.validity IN :valid AND (n.validUntil IS NULL OR n.validUntil >= :asOf)"
                        + " AND n.publishedAt < :asOfEnd", Long.class)
                .setParameter("genre", Genre.NORMATIVE_DOCUMENT).setParameter("published", NoticeStatus.PUBLISHED)
                .setParameter("valid", List.of(Validity.IN_FORCE, Validity.AMENDED))
                .setParameter("asOf", asOf).setParameter("asOfEnd", asOfEnd).getSingleResult();
        return AnnualTables.TableTwo.of(issued, abolished, inForce, manual);
    }
}
