package org.gongshi.integrity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.gongshi.notice.NoticePublished;
import org.gongshi.shared.ConcurrentEdit;

import java.util.Objects;

/**
 * Appends links, in the caller's entity manager and so in the publishing transaction: a notice is
 * never on the board without its link, and a link never outlives a publication that rolled back.
 */
final class ChainWriter {

    private ChainWriter() {
    }

    /**
     * Appends {@code event} to its division's chain. The division's head row is locked first
     * ({@code SELECT … FOR UPDATE}), so a second publication in the same division waits for this
     * transaction and then appends after this link, never beside it.
     */
    static ChainLink append(EntityManager em, NoticePublished event) {
        Objects.requireNonNull(em, "Entity manager is required.");
        Objects.requireNonNull(event, "Event is required.");
        ChainHead head = em.find(ChainHead.class, event.division().value(), LockModeType.PESSIMISTIC_WRITE);
        boolean firstLink = head == null;
        if (firstLink) {
            head = ChainHead.empty(event.division());
            em.persist(head);
        }
        ChainLink link = ChainLink.after(head, event);
        em.persist(link);
        head.advanceTo(link);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (firstLink) {
                // There was no head to lock yet, and another publication in this division started the
                // chain at the same moment and won. Nothing forked (the keys refuse a second head and a
                // second link 1); this publication is refused and can simply be tried again.
                throw new ConcurrentEdit();
            }
            throw e;
        }
        return link;
    }
}
