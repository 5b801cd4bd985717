package org.gongshi.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.util.Objects;

/**
 * The clerk's notice work: write a draft, revise it, discard it, publish it. Every method takes
 * the division the caller addresses and checks it against the division in the caller's verified
 * token: staff of a village or town work on exactly their own division; a county supervisor reads
 * the whole county, read-only. Reads that miss the scope look exactly like reads of nothing.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class NoticeService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Notices of {@code division} (and, for a county supervisor, of the divisions below it), newest first. */
    public Page<NoticeView> list(DivisionCode division, NoticeStatus status, int page, int size) {
        TenantScope scope = readScope(division);
        int p = Page.clampPage(page);
        int s = Page.clampSize(size);
        try (EntityManager em = data.open(scope)) {
            String where = status == null ? "" : " WHERE n.status = :status";
            var query = em.createQuery("SELECT n FROM Notice n" + where + " ORDER BY n.updatedAt DESC, n.id", Notice.class);
            var count = em.createQuery("SELECT COUNT(n) FROM Notice n" + where, Long.class);
            if (status != null) {
                query.setParameter("status", status);
                count.setParameter("status", status);
            }
            var items = query.setFirstResult(p * s).setMaxResults(s).getResultList();
            return new Page<>(items.stream().map(NoticeView::of).toList(), p, s, count.getSingleResult());
        }
    }

    public NoticeView get(DivisionCode division, String id) {
        try (EntityManager em = data.open(readScope(division))) {
            return NoticeView.of(load(em, id));
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView createDraft(DivisionCode division, NoticeText text) {
        StaffIdentity me = writer(division);
        Objects.requireNonNull(text, "Notice text is required.");
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = Notice.draft(division, text.title(), text.body(), me.username(), clock);
            em.persist(notice);
            audit.record(em, division, notice.createdAt(), me.username(), "notice.draft-created", notice.id(), null);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView revise(DivisionCode division, String id, NoticeText text, long expectedVersion) {
        StaffIdentity me = writer(division);
        Objects.requireNonNull(text, "Notice text is required.");
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.revise(text.title(), text.body(), me.username(), clock);
            audit.record(em, division, notice.updatedAt(), me.username(), "notice.revised", notice.id(), null);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public void discard(DivisionCode division, String id, long expectedVersion) {
        StaffIdentity me = writer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.checkDiscardable();
            em.remove(notice);
            audit.record(em, division, clock.instant(), me.username(), "notice.discarded", notice.id(), null);
            flush(em);
        }
    }

    /** Publishes a draft. (Review before publication comes with the review workflow.) */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView publish(DivisionCode division, String id, long expectedVersion) {
        StaffIdentity me = writer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.publish(me.username(), clock);
            audit.record(em, division, notice.publishedAt(), me.username(), "notice.published", notice.id(), null);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /**
     * The scope of a read addressed to {@code division}: the caller's own division, or, for a
     * county supervisor, the part of the county at and below {@code division}.
     */
    private TenantScope readScope(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        TenantScope mine = me.readScope();
        if (!mine.canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return mine.access() == TenantScope.Access.OWN ? mine : TenantScope.subtreeReadOnly(division);
    }

    private StaffIdentity writer(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (!me.has(StaffRole.CLERK)) {
            throw new AccessDenied("error.access.role-required");
        }
        return me;
    }

    private static Notice load(EntityManager em, String id) {
        Notice notice = Ids.looksLikeId(id) ? em.find(Notice.class, id) : null;
        if (notice == null) {
            throw new NotFound("error.notice.not-found");
        }
        return notice;
    }

    private static Notice loadForChange(EntityManager em, String id, long expectedVersion) {
        Notice notice = load(em, id);
        if (notice.version() != expectedVersion) {
            throw new ConcurrentEdit();
        }
        return notice;
    }

    /** Flushes inside the use case, so that a lost race is a clear refusal and not a failed commit. */
    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }
}
