package org.gongshi.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditEntry;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clerks' and reviewers' notice work: write a draft, submit it, review it at each level,
 * publish it (at once or at its scheduled time), withdraw it. Every method takes the division the
 * caller addresses and checks it against the division in the caller's verified token: staff of a
 * village or town work on exactly their own division; a county supervisor reads the whole county,
 * read-only. Reads that miss the scope look exactly like reads of nothing.
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
    Publisher publisher;

    @Inject
    Event<NoticePublished> published;

    @Inject
    Clock clock;

    @Inject
    org.gongshi.section.SectionKeys sectionKeys;

    /** The notice's standard catalog item must be one of its division's (公开事项标准目录). */
    @Inject
    org.gongshi.catalog.CatalogKeys catalogKeys;

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

    /** Who did what to the notice, oldest first: visible to its division's staff (and the county). */
    public List<AuditRecord> history(DivisionCode division, String id) {
        try (EntityManager em = data.open(readScope(division))) {
            Notice notice = load(em, id);
            return audit.of(em, notice.id()).stream().map(AuditRecord::of).toList();
        }
    }

    /** The review decisions on the notice, oldest first. */
    public List<ReviewRecord> reviews(DivisionCode division, String id) {
        try (EntityManager em = data.open(readScope(division))) {
            Notice notice = load(em, id);
            return em.createQuery("SELECT r FROM ReviewStep r WHERE r.noticeId = :id ORDER BY r.decidedAt, r.id", ReviewStep.class)
                    .setParameter("id", notice.id()).getResultList().stream().map(ReviewRecord::of).toList();
        }
    }

    /** Notices waiting for a review level this reviewer may take: not their own, not a level they already passed. */
    @RolesAllowed(StaffRole.Names.REVIEWER)
    public List<NoticeView> reviewQueue(DivisionCode division) {
        StaffIdentity me = reviewer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            return em.createQuery("SELECT n FROM Notice n WHERE n.status = :inReview"
                            + " OR (n.status = :published AND n.pendingTitle IS NOT NULL) ORDER BY n.submittedAt, n.id", Notice.class)
                    .setParameter("inReview", NoticeStatus.IN_REVIEW)
                    .setParameter("published", NoticeStatus.PUBLISHED).getResultList().stream()
                    .filter(n -> !me.username().equals(n.createdBy()) && !me.username().equals(n.submittedBy()))
                    .filter(n -> !approversOfCurrentRound(em, n).contains(me.username()))
                    .map(NoticeView::of).toList();
        }
    }

    /** Withheld documents whose re-review date (Art. 18) has come. */
    public List<NoticeView> dueForRereview(DivisionCode division) {
        try (EntityManager em = data.open(readScope(division))) {
            LocalDate today = LocalDate.now(clock.withZone(Notice.ZONE));
            return em.createQuery("SELECT n FROM Notice n WHERE n.disclosure = :withheld AND n.rereviewOn <= :today"
                            + " ORDER BY n.rereviewOn, n.id", Notice.class)
                    .setParameter("withheld", DisclosureAttribute.WITHHELD)
                    .setParameter("today", today)
                    .getResultList().stream().map(NoticeView::of).toList();
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView createDraft(DivisionCode division, NoticeContent content) {
        StaffIdentity me = clerk(division);
        sectionKeys.requireKnown(division, content == null ? null : content.section());
        Objects.requireNonNull(content, "Notice content is required.");
        catalogKeys.requireKnownIfGiven(division, content.catalogItem());
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = Notice.draft(division, content, me.username(), clock);
            requireInterpretedDocument(em, notice);
            em.persist(notice);
            audit.record(em, division, notice.createdAt(), me.username(), "notice.draft-created", notice.id(), null);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView revise(DivisionCode division, String id, NoticeContent content, long expectedVersion) {
        StaffIdentity me = clerk(division);
        sectionKeys.requireKnown(division, content == null ? null : content.section());
        Objects.requireNonNull(content, "Notice content is required.");
        catalogKeys.requireKnownIfGiven(division, content.catalogItem());
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.revise(content, me.username(), clock);
            requireInterpretedDocument(em, notice);
            audit.record(em, division, notice.updatedAt(), me.username(), "notice.revised", notice.id(), null);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public void discard(DivisionCode division, String id, long expectedVersion) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.checkDiscardable();
            em.remove(notice);
            audit.record(em, division, clock.instant(), me.username(), "notice.discarded", notice.id(), null);
            flush(em);
        }
    }

    /** Sends a draft to review, at as many levels as the division's review policy says now. */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView submit(DivisionCode division, String id, long expectedVersion) {
        return submit(division, id, expectedVersion, null);
    }

    /**
     * Sends a draft to review after the personal-data check (Regulation Art. 15): refused with
     * {@link PersonalDataFound} when the title, body or an attachment holds personal data, unless
     * {@code override} (or an earlier one for this very content) gives the legal reason to publish it.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView submit(DivisionCode division, String id, long expectedVersion, OverrideReason override) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            ReviewPolicy policy = em.find(ReviewPolicy.class, division.value());
            int levels = policy == null ? ReviewPolicy.DEFAULT_LEVELS : policy.levels();
            if (notice.status() == NoticeStatus.DRAFT) {
                // Every notice is filed under an item of its division's standard catalog before review.
                catalogKeys.requireFiled(division, notice.catalogItem());
                publisher.gate().requireClear(em, notice, override, me.username(), clock.instant());
            }
            notice.submitForReview(levels, me.username(), clock);
            audit.record(em, division, notice.updatedAt(), me.username(), "notice.submitted", notice.id(),
                    "levels=" + levels);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /**
     * One review level approves. After the last level a proactive notice is published at once,
     * or at its scheduled time if that is still to come.
     */
    @RolesAllowed(StaffRole.Names.REVIEWER)
    public NoticeView approve(DivisionCode division, String id, long expectedVersion, String comment) {
        StaffIdentity me = reviewer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            int level = notice.nextReviewLevel();
            boolean last = notice.approve(me.username(), approversOfCurrentRound(em, notice), clock);
            em.persist(new ReviewStep(division, notice.id(), roundOf(notice), level, me.username(),
                    ReviewDecision.APPROVED, blankToNull(comment), clock.instant()));
            audit.record(em, division, clock.instant(), me.username(), "notice.approved", notice.id(),
                    "level=" + level + (comment == null || comment.isBlank() ? "" : "; " + comment.strip()));
            if (last && notice.hasPendingRevision()) {
                publisher.publishRevision(em, notice, me.username(), clock);
            } else if (last && notice.disclosure() == DisclosureAttribute.PROACTIVE && notice.isDue(clock.instant())) {
                publisher.publish(em, notice, me.username(), clock);
            }
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /** A reviewer sends the notice back to draft; the reason is kept and shown to the author. */
    @RolesAllowed(StaffRole.Names.REVIEWER)
    public NoticeView reject(DivisionCode division, String id, long expectedVersion, String reason) {
        StaffIdentity me = reviewer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            int level = notice.nextReviewLevel();
            java.time.Instant round = roundOf(notice);
            boolean correction = notice.hasPendingRevision();
            notice.reject(me.username(), reason, clock);
            em.persist(new ReviewStep(division, notice.id(), round, level, me.username(), ReviewDecision.REJECTED,
                    reason.strip(), clock.instant()));
            audit.record(em, division, clock.instant(), me.username(),
                    correction ? "notice.revision-rejected" : "notice.rejected", notice.id(), reason.strip());
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /**
     * Proposes a correction (更正) of a published notice with a public change note. It is reviewed at
     * the division's levels; the board keeps the current text until the last level approves.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView proposeRevision(DivisionCode division, String id, long expectedVersion, String title, String body,
                                      String changeNote) {
        return proposeRevision(division, id, expectedVersion, title, body, changeNote, null);
    }

    /** A correction, checked for personal data like a submission; {@code override} as in {@link #submit}. */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView proposeRevision(DivisionCode division, String id, long expectedVersion, String title, String body,
                                      String changeNote, OverrideReason override) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            ReviewPolicy policy = em.find(ReviewPolicy.class, division.value());
            int levels = policy == null ? ReviewPolicy.DEFAULT_LEVELS : policy.levels();
            notice.proposeRevision(title, body, changeNote, levels, me.username(), clock);
            publisher.gate().requireClear(em, notice, override, me.username(), clock.instant());
            audit.record(em, division, notice.updatedAt(), me.username(), "notice.revision-proposed", notice.id(),
                    notice.pendingChangeNote());
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /**
     * What the personal-data check finds in the notice now — in what it would publish next and in its
     * attachments — with the masked preview of each number and the reason recorded for this content,
     * if any. For the division's staff (and the county, read-only).
     */
    public PersonalDataReport personalData(DivisionCode division, String id) {
        try (EntityManager em = data.open(readScope(division))) {
            return publisher.gate().report(em, load(em, id));
        }
    }

    /**
     * Masks every personal number in a draft's title, body, document number and agency (一键脱敏) by the
     * safe default masks, as a revision of the draft. Attachments are not changed: they are replaced.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView maskPersonalData(DivisionCode division, String id, long expectedVersion) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            String counts = PersonalDataGate.maskableCounts(notice);
            notice.revise(publisher.gate().masked(notice), me.username(), clock);
            audit.record(em, division, notice.updatedAt(), me.username(), "notice.personal-data-masked", notice.id(), counts);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /** The earlier published texts of a notice, oldest first. */
    public List<RevisionRecord> revisions(DivisionCode division, String id) {
        try (EntityManager em = data.open(readScope(division))) {
            Notice notice = load(em, id);
            return RevisionRecord.of(em, notice.id());
        }
    }

    /** Publishes an approved notice now, ahead of its scheduled time. A draft must be reviewed first. */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView publish(DivisionCode division, String id, long expectedVersion) {
        return publish(division, id, expectedVersion, null);
    }

    /** Publishes an approved notice now, after the personal-data check; {@code override} as in {@link #submit}. */
    @RolesAllowed(StaffRole.Names.CLERK)
    public NoticeView publish(DivisionCode division, String id, long expectedVersion, OverrideReason override) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            publisher.publish(em, notice, me.username(), clock, override);
            flush(em);
            return NoticeView.of(notice);
        }
    }

    /** Takes a published notice off the public board; it stays in the staff archive. */
    @RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER})
    public NoticeView withdraw(DivisionCode division, String id, long expectedVersion, String reason) {
        StaffIdentity me = writer(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = loadForChange(em, id, expectedVersion);
            notice.withdraw(me.username(), reason, clock);
            audit.record(em, division, notice.withdrawnAt(), me.username(), "notice.withdrawn", notice.id(),
                    notice.withdrawalReason());
            published.fire(new NoticePublished(division, notice.id(), NoticePublished.Kind.WITHDRAWAL,
                    notice.revision(), CanonicalContent.of(em, notice, publisher.parts()), me.username(), notice.withdrawnAt()));
            flush(em);
            return NoticeView.of(notice);
        }
    }

    private Set<String> approversOfCurrentRound(EntityManager em, Notice notice) {
        return em.createQuery("SELECT r FROM ReviewStep r WHERE r.noticeId = :id AND r.roundStartedAt = :round"
                        + " AND r.decision = :approved", ReviewStep.class)
                .setParameter("id", notice.id())
                .setParameter("round", roundOf(notice))
                .setParameter("approved", ReviewDecision.APPROVED)
                .getResultList().stream().map(ReviewStep::reviewer).collect(Collectors.toSet());
    }

    /** A round of review starts at each submission. */
    private static java.time.Instant roundOf(Notice notice) {
        return notice.submittedAt() == null ? notice.createdAt() : notice.submittedAt();
    }

    /** A policy interpretation names a normative document of the same division. */
    private static void requireInterpretedDocument(EntityManager em, Notice notice) {
        if (notice.genre() != Genre.POLICY_INTERPRETATION) {
            return;
        }
        Notice original = em.find(Notice.class, notice.interpretsId());
        if (original == null || original.genre() != Genre.NORMATIVE_DOCUMENT) {
            throw new org.gongshi.shared.InvalidInput("error.notice.interprets-missing");
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

    private StaffIdentity clerk(DivisionCode division) {
        return writer(division, StaffRole.CLERK);
    }

    private StaffIdentity reviewer(DivisionCode division) {
        return writer(division, StaffRole.REVIEWER);
    }

    private StaffIdentity writer(DivisionCode division, StaffRole... anyOf) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        StaffRole[] roles = anyOf.length == 0 ? new StaffRole[]{StaffRole.CLERK, StaffRole.REVIEWER} : anyOf;
        for (StaffRole role : roles) {
            if (me.has(role)) {
                return me;
            }
        }
        throw new AccessDenied("error.access.role-required");
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    /** An earlier published text of a notice, as staff and the public see it. */
    public record RevisionRecord(int revision, String title, String body, String changeNote,
                                 java.time.Instant shownFrom, java.time.Instant replacedAt) {
        static List<RevisionRecord> of(EntityManager em, String noticeId) {
            return em.createQuery("SELECT r FROM NoticeRevision r WHERE r.noticeId = :id ORDER BY r.revision", NoticeRevision.class)
                    .setParameter("id", noticeId).getResultList().stream()
                    .map(r -> new RevisionRecord(r.revision(), r.title(), r.body(), r.changeNote(), r.shownFrom(), r.replacedAt()))
                    .toList();
        }
    }

    /** An audit entry as staff see it. */
    public record AuditRecord(java.time.Instant at, String actor, String action, String reason) {
        static AuditRecord of(AuditEntry e) {
            return new AuditRecord(e.at(), e.actor(), e.action(), e.reason());
        }
    }

    /** A review decision as staff see it. */
    public record ReviewRecord(int level, String reviewer, ReviewDecision decision, String reason, java.time.Instant at) {
        static ReviewRecord of(ReviewStep s) {
            return new ReviewRecord(s.level(), s.reviewer(), s.decision(), s.reason(), s.decidedAt());
        }
    }
}
