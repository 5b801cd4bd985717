package org.gongshi.relief;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the personal rows of lists whose retention has ended (PIPL Art. 47), every night at 02:30
 * server time, and leaves a deletion record for each. Each province of the directory is read as an
 * explicit subtree; each list is deleted in its own division's scope and transaction, so one failure
 * stops nothing else.
 */
@Singleton
@PermitAll
public class ReliefRetention {

    private static final Logger LOG = Logger.getLogger(ReliefRetention.class.getName());

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    OfficialCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    ReliefKeys keys;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "delete relief rows past retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        deleteExpiredRows(LocalDate.ofInstant(clock.instant(), ReliefDesk.ZONE));
    }

    /** Deletes the rows of every list past its retention on {@code today}; returns the records written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DeletionRecordView> deleteExpiredRows(LocalDate today) {
        ReliefRetention self = context.getBusinessObject(ReliefRetention.class);
        List<DeletionRecordView> done = new ArrayList<>();
        for (Division province : DivisionDirectory.seed().atLevel(DivisionLevel.PROVINCE)) {
            for (Due due : self.dueIn(TenantScope.subtreeReadOnly(province.code()), today)) {
                try {
                    DeletionRecordView record = self.deleteOne(due, today);
                    if (record != null) {
                        done.add(record);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Deleting the rows of relief list " + due.id() + " failed", e);
                }
            }
        }
        return done;
    }

    record Due(String id, DivisionCode division) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Due> dueIn(TenantScope scope, LocalDate today) {
        try (EntityManager em = data.open(scope)) {
            return desk().dueForDeletion(em, today).stream().map(l -> new Due(l.id(), l.division())).toList();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeletionRecordView deleteOne(Due due, LocalDate today) {
        try (EntityManager em = data.open(TenantScope.own(due.division()))) {
            return desk().deleteRows(em, due.id(), today);
        }
    }

    private ReliefDesk desk() {
        return new ReliefDesk(audit, calendar.workingDays(), clock, keys.sealing());
    }
}
