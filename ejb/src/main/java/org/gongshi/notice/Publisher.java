package org.gongshi.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.InvalidState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts approved notices on the board: numbers them, publishes a normative document together with
 * its policy interpretation (同步发布), records the step in the audit trail and announces it, all in
 * the caller's transaction. Used by the reviewers' last approval, by the clerk's "publish now" and
 * by the scheduler.
 */
@ApplicationScoped
public class Publisher {

    @Inject
    AuditTrail audit;

    @Inject
    Event<NoticePublished> published;

    @Inject
    jakarta.enterprise.inject.Instance<PublishedParts> parts;

    /** The attachments' fingerprints and texts where that capability is deployed; none otherwise. */
    PublishedParts parts() {
        return parts != null && parts.isResolvable() ? parts.get() : PublishedParts.NONE;
    }

    /** The personal-data check, over the notice's text and its attachments. */
    PersonalDataGate gate() {
        return new PersonalDataGate(parts(), audit);
    }

    /** Publishes {@code notice} (and its interpretation) in the entity manager's own division. */
    void publish(EntityManager em, Notice notice, String publisher, Clock clock) {
        publish(em, notice, publisher, clock, null);
    }

    /**
     * Publishes {@code notice} (and its interpretation) in the entity manager's own division, after the
     * personal-data check of both (a document and its interpretation go on the board together or not at
     * all); {@code reason}, when given, is the clerk's recorded reason to publish what the check finds.
     */
    void publish(EntityManager em, Notice notice, String publisher, Clock clock, OverrideReason reason) {
        Notice interpretation = null;
        if (notice.genre() == Genre.NORMATIVE_DOCUMENT) {
            interpretation = interpretationOf(em, notice.id());
            boolean ready = interpretation != null && interpretation.status() == NoticeStatus.APPROVED;
            if (notice.needsInterpretation() && !ready) {
                throw new InvalidState("error.notice.interpretation-missing");
            }
            if (!ready) {
                interpretation = null;
            }
        }
        if (notice.genre() == Genre.POLICY_INTERPRETATION) {
            Notice original = em.find(Notice.class, notice.interpretsId());
            if (original == null) {
                throw new InvalidState("error.notice.interprets-missing");
            }
            if (original.status() != NoticeStatus.PUBLISHED) {
                // It goes on the board together with the document it interprets, never before it.
                return;
            }
        }
        PersonalDataGate gate = gate();
        gate.requireClear(em, notice, reason, publisher, clock.instant());
        if (interpretation != null) {
            gate.requireClear(em, interpretation, reason, publisher, clock.instant());
        }
        publishOne(em, notice, publisher, clock);
        if (interpretation != null) {
            publishOne(em, interpretation, publisher, clock);
        }
    }

    private void publishOne(EntityManager em, Notice notice, String publisher, Clock clock) {
        notice.publish(publisher, nextIndexNumber(em, notice, clock), clock);
        audit.record(em, notice.division(), notice.publishedAt(), publisher, "notice.published", notice.id(), null);
        published.fire(new NoticePublished(notice.division(), notice.id(), NoticePublished.Kind.PUBLICATION,
                notice.revision(), CanonicalContent.of(em, notice, parts()), publisher, notice.publishedAt()));
    }

    /** Puts an approved correction on the board as the next revision, keeping the text it replaces. */
    void publishRevision(EntityManager em, Notice notice, String publisher, Clock clock) {
        gate().requireClear(em, notice, null, publisher, clock.instant());
        NoticeRevision previous = notice.applyPendingRevision(publisher, clock);
        em.persist(previous);
        audit.record(em, notice.division(), notice.revisedAt(), publisher, "notice.revision-published", notice.id(),
                "revision=" + notice.revision() + "; " + notice.changeNote());
        published.fire(new NoticePublished(notice.division(), notice.id(), NoticePublished.Kind.REVISION,
                notice.revision(), CanonicalContent.of(em, notice, parts()), publisher, notice.revisedAt()));
    }

    static Notice interpretationOf(EntityManager em, String noticeId) {
        List<Notice> found = em.createQuery("SELECT n FROM Notice n WHERE n.interpretsId = :id AND n.status <> :withdrawn"
                        + " ORDER BY n.createdAt DESC", Notice.class)
                .setParameter("id", noticeId)
                .setParameter("withdrawn", NoticeStatus.WITHDRAWN)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String nextIndexNumber(EntityManager em, Notice notice, Clock clock) {
        if (notice.indexNumber() != null) {
            return notice.indexNumber();
        }
        int year = LocalDate.now(clock.withZone(Notice.ZONE)).getYear();
        String key = IndexCounter.key(notice.division(), year);
        IndexCounter counter = em.find(IndexCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new IndexCounter(notice.division(), year);
            em.persist(counter);
        }
        String number = counter.next();
        // Written at once, so that a second publication in this transaction (a document and its
        // interpretation) locks and reads the counter as it now stands, not as it was.
        em.flush();
        return number;
    }
}
