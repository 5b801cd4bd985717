package org.gongshi.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.shared.Gone;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may read without signing in: the published, proactive notices of one division whose
 * notice period has not ended. The scope is exactly the division asked for, so a draft, a notice in
 * review or another division's notice can never reach a public page.
 */
@Stateless
@PermitAll
public class PublicBoard {

    private static final String ON_BOARD = "n.status = :published AND n.disclosure = :proactive"
            + " AND (n.noticeEndsOn IS NULL OR n.noticeEndsOn >= :today)";

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    public Page<PublishedNotice> published(DivisionCode division, int page, int size) {
        requireKnown(division);
        int p = Page.clampPage(page);
        int s = Page.clampSize(size);
        LocalDate today = today();
        try (EntityManager em = data.open(TenantScope.own(division))) {
            var items = em.createQuery("SELECT n FROM Notice n WHERE " + ON_BOARD
                            + " ORDER BY n.publishedAt DESC, n.id", Notice.class)
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                    .setParameter("today", today)
                    .setFirstResult(p * s).setMaxResults(s)
                    .getResultList();
            long total = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE " + ON_BOARD, Long.class)
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                    .setParameter("today", today)
                    .getSingleResult();
            return new Page<>(items.stream().map(n -> PublishedNotice.of(n, today, interpretationId(em, n))).toList(),
                    p, s, total);
        }
    }

    /**
     * One notice on the board. A notice that was on the board but no longer is — its notice period
     * ended, or it was withdrawn — answers "gone", not "not found".
     */
    public PublishedNotice notice(DivisionCode division, String id) {
        requireKnown(division);
        LocalDate today = today();
        try (EntityManager em = data.open(TenantScope.own(division))) {
            Notice notice = Ids.looksLikeId(id) ? em.find(Notice.class, id) : null;
            if (notice == null || notice.disclosure() != DisclosureAttribute.PROACTIVE
                    || (notice.status() != NoticeStatus.PUBLISHED && notice.status() != NoticeStatus.WITHDRAWN)) {
                throw new NotFound("error.notice.not-found");
            }
            if (notice.status() == NoticeStatus.WITHDRAWN) {
                throw new Gone("error.notice.withdrawn");
            }
            if (notice.noticePeriodEnded(today)) {
                throw new Gone("error.notice.period-ended", notice.noticeEndsOn().toString());
            }
            return PublishedNotice.of(notice, today, interpretationId(em, notice));
        }
    }

    /** The earlier texts of a notice on the board, oldest first (the current text is {@link #notice}). */
    public List<NoticeService.RevisionRecord> revisions(DivisionCode division, String id) {
        notice(division, id);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return NoticeService.RevisionRecord.of(em, id);
        }
    }

    /** A cheap round trip to the database, for the health check. */
    public void ping() {
        try (EntityManager em = data.open(TenantScope.own(DivisionCode.of("000000")))) {
            em.createQuery("SELECT COUNT(n) FROM Notice n", Long.class).getSingleResult();
        }
    }

    private static String interpretationId(EntityManager em, Notice n) {
        if (n.genre() != Genre.NORMATIVE_DOCUMENT) {
            return null;
        }
        Notice interpretation = Publisher.interpretationOf(em, n.id());
        return interpretation != null && interpretation.status() == NoticeStatus.PUBLISHED ? interpretation.id() : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Notice.ZONE));
    }

    private static void requireKnown(DivisionCode division) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
    }
}
