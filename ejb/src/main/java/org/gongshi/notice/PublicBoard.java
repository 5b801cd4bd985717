package org.gongshi.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.TenantScope;

/**
 * What anyone may read without signing in: the published notices of one division. The scope is
 * exactly the division asked for, and only {@link NoticeStatus#PUBLISHED} rows are selected, so a
 * draft can never reach a public page.
 */
@Stateless
@PermitAll
public class PublicBoard {

    @Inject
    TenantData data;

    public Page<PublishedNotice> published(DivisionCode division, int page, int size) {
        requireKnown(division);
        int p = Page.clampPage(page);
        int s = Page.clampSize(size);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            var items = em.createQuery("SELECT n FROM Notice n WHERE n.status = :published"
                            + " ORDER BY n.publishedAt DESC, n.id", Notice.class)
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .setFirstResult(p * s).setMaxResults(s)
                    .getResultList();
            long total = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.status = :published", Long.class)
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .getSingleResult();
            return new Page<>(items.stream().map(PublishedNotice::of).toList(), p, s, total);
        }
    }

    public PublishedNotice notice(DivisionCode division, String id) {
        requireKnown(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            Notice notice = Ids.looksLikeId(id) ? em.find(Notice.class, id) : null;
            if (notice == null || notice.status() != NoticeStatus.PUBLISHED) {
                throw new NotFound("error.notice.not-found");
            }
            return PublishedNotice.of(notice);
        }
    }

    /** A cheap round trip to the database, for the health check. */
    public void ping() {
        try (EntityManager em = data.open(TenantScope.own(DivisionCode.of("000000")))) {
            em.createQuery("SELECT COUNT(n) FROM Notice n", Long.class).getSingleResult();
        }
    }

    private static void requireKnown(DivisionCode division) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
    }
}
