package org.gongshi.report;

import jakarta.persistence.EntityManager;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The annual report's use cases on an entity manager the caller opened with the right scope (the
 * service checks who may; tests call this directly). Every change is audited in its transaction and
 * refused with {@link ConcurrentEdit} when the report changed since the version the caller saw.
 */
final class ReportDesk {

    private final AuditTrail audit;
    private final Clock clock;

    ReportDesk(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(AnnualFigures.ZONE));
    }

    /** A year the Regulation was in force and that has begun. */
    int requireYear(int year) {
        int current = today().getYear();
        if (year < AnnualFigures.FIRST_YEAR || year > current) {
            throw new InvalidInput("error.annual-report.year", AnnualFigures.FIRST_YEAR, current);
        }
        return year;
    }

    static Optional<AnnualReport> find(EntityManager em, DivisionCode division, int year) {
        return em.createQuery("SELECT a FROM AnnualReport a WHERE a.divisionCode = :d AND a.year = :y", AnnualReport.class)
                .setParameter("d", division.value()).setParameter("y", year)
                .getResultList().stream().findFirst();
    }

    /** One division's report: its stored numbers when finalised, else computed now from its own data. */
    ReportView view(EntityManager em, DivisionCode division, int year) {
        requireYear(year);
        Optional<AnnualReport> stored = find(em, division, year);
        AnnualTables tables = stored.filter(r -> r.state() == ReportState.FINALISED)
                .map(r -> AnnualTables.fromCells(r.snapshotCells()))
                .orElseGet(() -> AnnualFigures.compute(em, year, today(),
                        stored.map(AnnualReport::entries).orElse(ManualEntries.NONE)));
        return stored.map(r -> view(r.division(), year, ReportView.OWN, r.state(), r.version(), r.texts(),
                        r.entries(), tables, r.finalisedAt(), r.finalisedBy(), r.publishedNoticeId()))
                .orElseGet(() -> view(division, year, ReportView.OWN, ReportState.DRAFT, 0, ReportTexts.NONE,
                        ManualEntries.NONE, tables, null, null, null));
    }

    /**
     * The sum over the entity manager's subtree: the tables computed over every division in it, table 二's
     * entries summed over the divisions' stored reports of the year. Always live, never stored.
     */
    ReportView subtree(EntityManager em, DivisionCode division, int year) {
        requireYear(year);
        Object[] sums = em.createQuery("SELECT SUM(a.rulesIssued), SUM(a.rulesAbolished), SUM(a.rulesInForce),"
                        + " SUM(a.licensingDecisions), SUM(a.penaltyDecisions), SUM(a.enforcementDecisions),"
                        + " SUM(a.feesTenThousandYuan) FROM AnnualReport a WHERE a.year = :y", Object[].class)
                .setParameter("y", year).getSingleResult();
        ManualEntries manual = new ManualEntries(n(sums[0]), n(sums[1]), n(sums[2]), n(sums[3]), n(sums[4]), n(sums[5]),
                sums[6] == null ? BigDecimal.ZERO : new BigDecimal(sums[6].toString()));
        AnnualTables tables = AnnualFigures.compute(em, year, today(), manual);
        return view(division, year, ReportView.SUBTREE, null, 0, ReportTexts.NONE, manual, tables, null, null, null);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static ReportView view(DivisionCode division, int year, String scope, ReportState state, long version,
                                 ReportTexts texts, ManualEntries entries, AnnualTables tables, Instant finalisedAt,
                                 String finalisedBy, String noticeId) {
        var checks = tables.checks();
        String name = DivisionDirectory.seed().find(division).map(d -> d.name()).orElse(division.value());
        return new ReportView(division.value(), name, year, scope, state, version, texts, entries,
                java.util.Collections.unmodifiableMap(tables.cells()),
                checks.stream().map(ReportView.CheckView::of).toList(),
                checks.stream().allMatch(BalanceCheck::holds), finalisedAt, finalisedBy, noticeId);
    }

    /** Saves texts and entries of a draft; {@code version} 0 means "not saved before". */
    ReportView save(EntityManager em, DivisionCode division, int year, long version, ReportTexts texts,
                          ManualEntries entries, String by) {
        requireYear(year);
        Instant now = clock.instant();
        AnnualReport report = current(em, division, year, version, by, now);
        report.edit(texts, entries, by, now);
        audit.record(em, division, now, by, "annual-report.saved", report.id(), Integer.toString(year));
        flush(em);
        return view(em, division, year);
    }

    /** Freezes the numbers when every check holds; else refused with the failing check named. */
    ReportView finalise(EntityManager em, DivisionCode division, int year, long version, String by) {
        requireYear(year);
        Instant now = clock.instant();
        AnnualReport report = current(em, division, year, version, by, now);
        report.requireDraft();
        AnnualTables tables = AnnualFigures.compute(em, year, today(), report.entries());
        report.finalise(tables, by, now);
        audit.record(em, division, now, by, "annual-report.finalised", report.id(), Integer.toString(year));
        flush(em);
        return view(em, division, year);
    }

    /** Back to draft with a reason (audited); the tables follow the data again. */
    ReportView reopen(EntityManager em, DivisionCode division, int year, long version, String reason, String by) {
        requireYear(year);
        AnnualReport report = find(em, division, year).orElseThrow(() -> new NotFound("error.annual-report.not-found"));
        if (report.version() != version) {
            throw new ConcurrentEdit();
        }
        Instant now = clock.instant();
        report.reopen(reason, by, now);
        audit.record(em, division, now, by, "annual-report.reopened", report.id(), reason.strip());
        flush(em);
        return view(em, division, year);
    }

    /** Records that the finalised report became draft notice {@code noticeId}. */
    void handedToPublication(EntityManager em, DivisionCode division, int year, long version, String noticeId, String by) {
        AnnualReport report = find(em, division, year).orElseThrow(() -> new NotFound("error.annual-report.not-found"));
        if (report.version() != version) {
            throw new ConcurrentEdit();
        }
        Instant now = clock.instant();
        report.handedToPublication(noticeId, by, now);
        audit.record(em, division, now, by, "annual-report.published-as-notice", report.id(), noticeId);
        flush(em);
    }

    private AnnualReport current(EntityManager em, DivisionCode division, int year, long version, String by, Instant now) {
        Optional<AnnualReport> stored = find(em, division, year);
        if (stored.isEmpty()) {
            if (version != 0) {
                throw new ConcurrentEdit();
            }
            AnnualReport report = AnnualReport.start(division, year, by, now);
            em.persist(report);
            return report;
        }
        if (stored.get().version() != version) {
            throw new ConcurrentEdit();
        }
        return stored.get();
    }

    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEdit();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof jakarta.persistence.OptimisticLockException
                    || e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentEdit();
            }
            if (uniqueViolation(e)) { // two first saves of the same report at once: UQ_ANNUAL_REPORT_YEAR
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
