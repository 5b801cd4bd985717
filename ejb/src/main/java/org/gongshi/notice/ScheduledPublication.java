package org.gongshi.notice;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes approved notices whose scheduled time has come, every fifteen seconds. It reads each province
 * of the directory as an explicit subtree and publishes every due notice in its own division's
 * scope and transaction, so one failure stops nothing else.
 */
@Singleton
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());
    static final String SYSTEM = "system:scheduler";

    @Inject
    TenantData data;

    @Inject
    Publisher publisher;

    @Inject
    Clock clock;

    @Inject
    org.gongshi.audit.AuditTrail audit;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "publish scheduled notices")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void publishDueNotices() {
        ScheduledPublication self = context.getBusinessObject(ScheduledPublication.class);
        for (Division province : DivisionDirectory.seed().atLevel(DivisionLevel.PROVINCE)) {
            for (Due due : self.dueIn(TenantScope.subtreeReadOnly(province.code()))) {
                try {
                    self.publishOne(due);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Scheduled publication of notice " + due.id() + " failed", e);
                }
            }
        }
    }

    record Due(String id, org.gongshi.tenancy.DivisionCode division) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Due> dueIn(TenantScope scope) {
        try (EntityManager em = data.open(scope)) {
            return em.createQuery("SELECT n FROM Notice n WHERE n.status = :approved AND n.publishAt <= :now"
                            + " AND n.disclosure = :proactive", Notice.class)
                    .setParameter("approved", NoticeStatus.APPROVED)
                    .setParameter("now", clock.instant())
                    .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                    .getResultList().stream().map(n -> new Due(n.id(), n.division())).toList();
        }
    }

    /**
     * Publishes one due notice. When the personal-data check finds something no recorded reason covers,
     * nothing is published: the notice goes back to draft (so the scheduler stops trying) and the audit
     * trail says why, where its staff see it in the notice's history and the editor.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publishOne(Due due) {
        try (EntityManager em = data.open(TenantScope.own(due.division()))) {
            Notice notice = em.find(Notice.class, due.id());
            if (notice != null && notice.isDue(clock.instant())) {
                publishOrHoldBack(em, notice);
                em.flush();
            }
        }
    }

    /** Publishes {@code notice}, or sends it back to draft with an audit entry when personal data blocks it. */
    void publishOrHoldBack(EntityManager em, Notice notice) {
        try {
            publisher.publish(em, notice, SYSTEM, clock);
        } catch (PersonalDataFound found) {
            holdBack(em, notice);
        }
    }

    private void holdBack(EntityManager em, Notice notice) {
        String findings = PersonalDataGate.summary(publisher.gate().report(em, notice));
        notice.holdBack(SYSTEM, clock);
        audit.record(em, notice.division(), clock.instant(), SYSTEM, "notice.publication-held-back", notice.id(), findings);
        LOG.warning("Scheduled publication of notice " + notice.id() + " held back: personal data found");
    }
}
