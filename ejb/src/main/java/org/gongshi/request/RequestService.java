package org.gongshi.request;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Disclosure requests, as use cases. Staff of a division register and handle its requests; a county
 * supervisor reads the county's subtree and changes nothing. The public files online and follows a
 * request with its access code. Every change writes an audit entry in its transaction and is refused
 * with 409 when the request changed since the version the caller saw.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN, StaffRole.Names.DISCLOSURE_HEAD})
public class RequestService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    OfficialCalendar calendar;

    @Inject
    Clock clock;

    private RequestDesk desk() {
        return new RequestDesk(audit, calendar.workingDays(), clock);
    }

    public List<RequestView> list(DivisionCode division, RequestState state) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().list(em, state);
        }
    }

    /** Due within {@code withinWorkingDays} working days or overdue; a county sees its subtree. */
    public List<RequestView> due(DivisionCode division, int withinWorkingDays) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().due(em, withinWorkingDays);
        }
    }

    public RequestView get(DivisionCode division, String id) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().get(em, id);
        }
    }

    /** Staff register a request received on paper, in person, by fax or by post, on the date of receipt per Art. 31. */
    public Intake register(DivisionCode division, RequestChannel channel, LocalDate receivedOn,
                           Application application) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            Intake intake = desk().register(em, division, channel, receivedOn, application, me.username());
            flush(em);
            return intake;
        }
    }

    /**
     * The public files online. Received today: the portal confirms the request at once by answering
     * its receipt number (Art. 31 (3), both sides confirm). Any division of the directory may receive one.
     */
    @PermitAll
    public Intake fileOnline(DivisionCode division, Application application) {
        return fileByResident(division, RequestChannel.ONLINE, application);
    }

    /**
     * A resident files on the public site ({@link RequestChannel#ONLINE}) or at a reading-point kiosk
     * ({@link RequestChannel#KIOSK}): received today (Art. 31 (3)). The same request filed again by a
     * resident within minutes is refused with {@link DuplicateFiling}, naming the earlier receipt.
     */
    @PermitAll
    public Intake fileByResident(DivisionCode division, RequestChannel channel, Application application) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            Intake intake = desk().fileByResident(em, division, channel, application);
            flush(em);
            return intake;
        }
    }

    /** The status for the holder of the access code; unknown receipt and wrong code answer the same. */
    @PermitAll
    public PublicRequestStatus follow(String receipt, String accessCode) {
        DivisionCode division = RequestDesk.divisionOfReceipt(receipt)
                .filter(d -> DivisionDirectory.seed().find(d).isPresent())
                .orElseThrow(() -> new NotFound("error.disclosure.not-found"));
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return desk().follow(em, receipt, accessCode);
        }
    }

    public RequestView askForCorrection(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().askForCorrection(em, id, version, me.username()));
    }

    public RequestView receiveCorrection(DivisionCode division, String id, long version, LocalDate on) {
        return change(division, (em, me) -> desk().receiveCorrection(em, id, version, on, me.username()));
    }

    public RequestView startConsultation(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().startConsultation(em, id, version, me.username()));
    }

    public RequestView endConsultation(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().endConsultation(em, id, version, me.username()));
    }

    /** Only the head of the disclosure office approves the one extension (Art. 33 (2)). */
    public RequestView extend(DivisionCode division, String id, long version, int workingDays, String applicantTold) {
        return change(division, (em, me) -> desk().extend(em, me, id, version, workingDays, applicantTold));
    }

    public RequestView answer(DivisionCode division, String id, long version, ReplyType type) {
        return change(division, (em, me) -> desk().answer(em, id, version, type, me.username()));
    }

    public RequestView abandon(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().abandon(em, id, version, me.username()));
    }

    private RequestView change(DivisionCode division, BiFunction<EntityManager, StaffIdentity, RequestView> work) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            RequestView view = work.apply(em, me);
            flush(em);
            return view;
        }
    }

    private static void flush(EntityManager em) {
        RequestDesk.flush(em);
    }
}
