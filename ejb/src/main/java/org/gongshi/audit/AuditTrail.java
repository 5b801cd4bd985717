package org.gongshi.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.List;

/** Writes audit entries in the caller's own entity manager, so they commit or roll back with the use case. */
@ApplicationScoped
public class AuditTrail {

    public void record(EntityManager em, DivisionCode division, Instant at, String actor, String action,
                       String subjectId, String reason) {
        em.persist(new AuditEntry(division, at, actor, action, subjectId, reason));
    }

    /** The trail of one record, oldest first, as far as the entity manager's scope lets it see. */
    public List<AuditEntry> of(EntityManager em, String subjectId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectId = :s ORDER BY a.at, a.id", AuditEntry.class)
                .setParameter("s", subjectId)
                .getResultList();
    }
}
