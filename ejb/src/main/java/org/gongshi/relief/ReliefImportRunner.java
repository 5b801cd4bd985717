package org.gongshi.relief;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.privacy.FieldType;
import org.gongshi.shared.GongshiException;
import org.gongshi.sheet.SheetLimits;
import org.gongshi.sheet.SheetReader;
import org.gongshi.sheet.SheetRejected;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import job in the background, with the caller's identity (an asynchronous EJB call keeps
 * it) and in its own transaction: the scope was checked by {@link ReliefListService#startImport}.
 * A refusal ends the job with its translation key; anything unexpected with a generic one.
 */
@Stateless
@RolesAllowed(StaffRole.Names.CLERK)
public class ReliefImportRunner {

    private static final Logger LOG = Logger.getLogger(ReliefImportRunner.class.getName());

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

    @EJB
    ReliefImportRunner self;

    @Asynchronous
    public void run(ReliefImportJobs.Job job, TenantScope scope, DivisionCode division, ReliefListType type, String title,
                    String fileName, byte[] content, Map<String, FieldType> mapping, SheetLimits limits, String actor) {
        try {
            String listId = self.importNow(job, scope, division, type, title, fileName, content, mapping, limits, actor);
            job.done(listId);
        } catch (GongshiException e) {
            job.failed(e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            GongshiException g = businessCause(e);
            if (g != null) {
                job.failed(g.messageKey(), g.arguments());
            } else {
                LOG.log(Level.WARNING, "Relief import job " + job.id() + " failed", e);
                job.failed("error.relief.import-failed", List.of());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String importNow(ReliefImportJobs.Job job, TenantScope scope, DivisionCode division, ReliefListType type,
                            String title, String fileName, byte[] content, Map<String, FieldType> mapping,
                            SheetLimits limits, String actor) {
        try (EntityManager em = data.open(scope)) {
            ReliefDesk desk = new ReliefDesk(audit, calendar.workingDays(), clock, keys.sealing());
            return desk.importList(em, division, type, title, fileName, new ByteArrayInputStream(content),
                    content.length, mapping, limits, actor, job::progress).id();
        }
    }

    private static GongshiException businessCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof GongshiException g) {
                return g;
            }
        }
        return null;
    }

    /** The sheet module's own "too large" refusal for an upload of {@code bytes}. */
    static SheetRejected tooLarge(long bytes, SheetLimits limits) {
        try {
            SheetReader.read(new ByteArrayInputStream(new byte[0]), "x.csv", bytes, limits,
                    new org.gongshi.sheet.SheetListener() {
                        @Override
                        public void header(org.gongshi.sheet.SheetHeader header) {
                        }

                        @Override
                        public void row(org.gongshi.sheet.SheetRow row) {
                        }
                    });
        } catch (SheetRejected e) {
            return e;
        }
        throw new IllegalStateException("A declared size over the limit is refused by the sheet reader.");
    }
}
