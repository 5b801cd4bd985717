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
import org.gongshi.document.DocumentRendering;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
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

    @Inject
    DocumentRendering documents;

    @Inject
    NoticeService notices;

    private RequestDesk desk() {
        return new RequestDesk(audit, calendar.workingDays(), clock, documents);
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

    /** The reply is decided; its letter is written (Word and PDF, with the remedies) and archived. */
    public RequestView answer(DivisionCode division, String id, long version, Reply reply) {
        return change(division, (em, me) -> desk().answer(em, id, version, reply, me.username()));
    }

    /** How and when the reply letter reached the applicant. */
    public RequestView recordDelivery(DivisionCode division, String id, long version, DeliveryMethod method,
                                      LocalDate on, String note) {
        return change(division, (em, me) -> desk().recordDelivery(em, id, version, method, on, note, me.username()));
    }

    public RequestView abandon(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().abandon(em, id, version, me.username()));
    }

    /** A fee notice under 国办函〔2020〕109号 (per request in the applicant's month, or per page); the clock stops. */
    public RequestView noticeFee(DivisionCode division, String id, long version, FeeMethod method, Integer pages) {
        return change(division, (em, me) -> desk().noticeFee(em, id, version, method, pages, me.username()));
    }

    /** The fee was paid (or, {@code waived}, remitted) on {@code on}; the clock runs again. */
    public RequestView settleFee(DivisionCode division, String id, long version, boolean waived, LocalDate on) {
        return change(division, (em, me) -> desk().settleFee(em, id, version, waived, on, me.username()));
    }

    /** Unpaid 20 working days after the fee notice: the request is treated as abandoned. */
    public RequestView abandonUnpaid(DivisionCode division, String id, long version) {
        return change(division, (em, me) -> desk().abandonUnpaid(em, id, version, me.username()));
    }

    /** The applicant withdrew the request; {@code how} records how they said so. */
    public RequestView withdraw(DivisionCode division, String id, long version, String how) {
        return change(division, (em, me) -> desk().withdraw(em, id, version, how, me.username()));
    }

    /** The letters generated for a request (reply, fee notice, extension, correction), without their bytes. */
    public List<DocumentInfo> documents(DivisionCode division, String id) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().documents(em, id);
        }
    }

    public DocumentFile document(DivisionCode division, String id, String documentId) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().document(em, id, documentId);
        }
    }

    /** A letter of a request, for the holder of its access code. */
    @PermitAll
    public DocumentFile followDocument(String receipt, String accessCode, String documentId) {
        DivisionCode division = RequestDesk.divisionOfReceipt(receipt)
                .filter(d -> DivisionDirectory.seed().find(d).isPresent())
                .orElseThrow(() -> new NotFound("error.disclosure.not-found"));
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return desk().followDocument(em, receipt, accessCode, documentId);
        }
    }

    public List<ChallengeView> challenges(DivisionCode division, String id) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().challenges(em, id);
        }
    }

    /** An administrative review or lawsuit about the request was filed (for table 四 of the annual report). */
    public ChallengeView fileChallenge(DivisionCode division, String id, RequestChallenge.Kind kind, LocalDate filedOn,
                                       String note) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            return desk().fileChallenge(em, id, kind, filedOn, note, me.username());
        }
    }

    public ChallengeView decideChallenge(DivisionCode division, String id, String challengeId, long version,
                                         RequestChallenge.Outcome outcome, LocalDate on, String note) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            return desk().decideChallenge(em, id, challengeId, version, outcome, on, note, me.username());
        }
    }

    /** Art. 44: information several applicants asked for within the last year and got, not yet proactive. */
    public List<ProactiveCandidates.Candidate> proactiveCandidates(DivisionCode division) {
        try (EntityManager em = data.open(RequestDesk.readScope(callers.current(), division))) {
            return desk().proactiveCandidates(em, 12, 2);
        }
    }

    /**
     * Art. 44 in one step: a draft notice (proactive) is created from the candidate's requests, and they
     * are marked as moved to it. The draft then goes through review like any notice.
     */
    public NoticeView moveToProactive(DivisionCode division, List<String> requestIds, String title) {
        StaffIdentity me = callers.current();
        if (requestIds == null || requestIds.isEmpty() || requestIds.size() > 200) {
            throw new org.gongshi.shared.InvalidInput("error.disclosure.proactive-requests");
        }
        List<RequestView> requests;
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            requests = requestIds.stream().map(id -> desk().get(em, id)).toList();
        }
        String heading = title == null || title.isBlank() ? requests.getFirst().description() : title.strip();
        StringBuilder body = new StringBuilder("本信息经多个申请人依申请公开，根据《中华人民共和国政府信息公开条例》第四十四条，"
                + "纳入主动公开范围。\n\n（请在此补充所公开的信息内容或上传附件。）");
        body.append("\n\n申请情况：").append(requests.size()).append("件。");
        NoticeView notice = notices.createDraft(division, NoticeContent.of(
                heading.length() > 100 ? heading.substring(0, 100) : heading, body.toString(),
                // Filed under the standard catalog's item for Art. 44 (mandatory at every level).
                ProactiveCandidates.CATALOG_ITEM));
        try (EntityManager em = data.open(RequestDesk.handlerScope(me, division))) {
            desk().markProactive(em, requestIds, notice.id(), me.username());
        }
        return notice;
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
