package org.gongshi.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.document.DocumentRenderer;
import org.gongshi.document.OfficialDocument;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The request use cases on an entity manager the caller opened in the right scope and transaction:
 * {@link RequestService} in the server, the tests on the real mappings outside it. Each writes its
 * audit entry in the same entity manager, so both commit or neither.
 */
final class RequestDesk {

    /** Dates of receipt and due dates are the dates of the place. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Who files online, in the audit trail. */
    static final String PUBLIC = "public";

    private final AuditTrail audit;
    private final WorkingDays days;
    private final Clock clock;
    private final DocumentRenderer documents;

    RequestDesk(AuditTrail audit, WorkingDays days, Clock clock, DocumentRenderer documents) {
        this.audit = Objects.requireNonNull(audit);
        this.days = Objects.requireNonNull(days);
        this.clock = Objects.requireNonNull(clock);
        this.documents = Objects.requireNonNull(documents);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The scope of a read addressed to {@code division}: own division, or a county's part at and below it. */
    static TenantScope readScope(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        TenantScope mine = me.readScope();
        if (!mine.canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return mine.access() == TenantScope.Access.OWN ? mine : TenantScope.subtreeReadOnly(division);
    }

    /** Handling requests: the division's own request officer or clerk (at village and town level often one person). */
    static TenantScope handlerScope(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (!RequestPermissions.handlesRequests(me)) {
            throw new AccessDenied("error.access.role-required");
        }
        return me.writeScope();
    }

    List<RequestView> list(EntityManager em, RequestState state) {
        String where = state == null ? "" : " WHERE r.state = :state";
        var query = em.createQuery("SELECT r FROM DisclosureRequest r" + where + " ORDER BY r.receivedOn DESC, r.id DESC",
                DisclosureRequest.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        LocalDate today = today();
        return query.setMaxResults(500).getResultList().stream().map(r -> RequestView.of(r, days, today)).toList();
    }

    /** Open requests whose reply is due within {@code withinWorkingDays} working days, or overdue; earliest first. */
    List<RequestView> due(EntityManager em, int withinWorkingDays) {
        LocalDate today = today();
        LocalDate horizon = days.add(today, Math.max(0, Math.min(withinWorkingDays, 20))).date();
        LocalDate today0 = today;
        return em.createQuery("SELECT r FROM DisclosureRequest r WHERE r.state IN :open AND r.dueOn <= :horizon"
                        + " ORDER BY r.dueOn, r.id", DisclosureRequest.class)
                .setParameter("open", RequestState.running())
                .setParameter("horizon", horizon)
                .getResultList().stream().map(r -> RequestView.of(r, days, today0)).toList();
    }

    RequestView get(EntityManager em, String id) {
        return RequestView.of(load(em, id), days, today());
    }

    Intake register(EntityManager em, DivisionCode division, RequestChannel channel, LocalDate receivedOn,
                    Application application, String by) {
        String code = AccessCode.generate();
        Instant now = clock.instant();
        LocalDate today = today();
        DisclosureRequest r = DisclosureRequest.receive(division, "pending", channel, receivedOn, application, code,
                by, now, today, days);
        r = withReceipt(em, r, division, receivedOn.getYear(), channel, receivedOn, application, code, by, now, today);
        em.persist(r);
        flush(em);
        audit.record(em, division, now, by, PUBLIC.equals(by) ? "request.filed-online" : "request.registered",
                r.id(), "channel=" + channel + " receipt=" + r.receiptNumber());
        return new Intake(r.receiptNumber(), code, RequestView.of(r, days, today));
    }

    /** Validates first (no number is used up by a refused request), then takes the next number under a row lock. */
    private DisclosureRequest withReceipt(EntityManager em, DisclosureRequest validated, DivisionCode division, int year,
                                          RequestChannel channel, LocalDate receivedOn,
                                          Application application, String code, String by,
                                          Instant now, LocalDate today) {
        Objects.requireNonNull(validated);
        String key = RequestCounter.key(division, year);
        RequestCounter counter = em.find(RequestCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new RequestCounter(division, year);
            em.persist(counter);
        }
        return DisclosureRequest.receive(division, counter.next(), channel, receivedOn, application, code, by, now, today, days);
    }

    RequestView askForCorrection(EntityManager em, String id, long version, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        LocalDate today = today();
        r.askForCorrection(today, clock.instant(), days);
        LocalDate returnBy = new ReplyDeadline(days).correctionReturnDeadline(today).date();
        archive(em, r, RequestDocument.Kind.CORRECTION_NOTICE, RequestLetters.correctionNotice(r, today, returnBy), by);
        return recorded(em, r, by, "request.correction-asked", null);
    }

    RequestView receiveCorrection(EntityManager em, String id, long version, LocalDate on, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.receiveCorrection(on, today(), clock.instant(), days);
        return recorded(em, r, by, "request.correction-received", "on=" + r.correctionReceivedOn());
    }

    RequestView startConsultation(EntityManager em, String id, long version, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.startConsultation(today(), clock.instant(), days);
        return recorded(em, r, by, "request.consultation-started", null);
    }

    RequestView endConsultation(EntityManager em, String id, long version, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.endConsultation(today(), clock.instant(), days);
        return recorded(em, r, by, "request.consultation-ended", "paused=" + r.pausedWorkingDays());
    }

    RequestView extend(EntityManager em, StaffIdentity me, String id, long version, int workingDays, String applicantTold) {
        if (!me.has(StaffRole.DISCLOSURE_HEAD)) {
            throw new AccessDenied("error.disclosure.head-required");
        }
        DisclosureRequest r = loadForChange(em, id, version);
        LocalDate today = today();
        r.extend(workingDays, applicantTold, me.username(), today, clock.instant(), days);
        archive(em, r, RequestDocument.Kind.EXTENSION_NOTICE, RequestLetters.extensionNotice(r, today, r.dueOn()), me.username());
        return recorded(em, r, me.username(), "request.extended",
                "days=" + workingDays + " told=" + r.applicantToldHow());
    }

    /** The reply is decided; its letter (Word and PDF, with the legal remedies) is written and archived with it. */
    RequestView answer(EntityManager em, String id, long version, Reply reply, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        LocalDate today = today();
        r.answer(reply, today, clock.instant(), days);
        archive(em, r, RequestDocument.Kind.REPLY_LETTER, RequestLetters.reply(r, today), by);
        return recorded(em, r, by, "request.answered", "type=" + r.replyType() + " row=" + r.replyType().row().number());
    }

    RequestView recordDelivery(EntityManager em, String id, long version, DeliveryMethod method, LocalDate on,
                               String note, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.recordDelivery(method, on, note, today(), clock.instant());
        return recorded(em, r, by, "request.delivered", "method=" + method + " on=" + r.deliveredOn());
    }

    RequestView abandon(EntityManager em, String id, long version, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.abandon(today(), clock.instant(), days);
        return recorded(em, r, by, "request.abandoned", "no correction in time (Art. 30)");
    }

    /**
     * A fee notice (国办函〔2020〕109号): per request, the request's place among the applicant's requests
     * to this division in its calendar month; per page, the pages to be provided. The notice is archived.
     */
    RequestView noticeFee(EntityManager em, String id, long version, FeeMethod method, Integer pages, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        if (method == null) {
            throw new InvalidInput("error.disclosure.fee-method-required");
        }
        Fees.Fee fee = switch (method) {
            case PER_REQUEST -> Fees.perRequest(ordinalInMonth(em, r));
            case PER_PAGE -> {
                if (pages == null || pages < 1 || pages > 100_000) {
                    throw new InvalidInput("error.disclosure.fee-pages");
                }
                yield Fees.perPage(pages);
            }
        };
        LocalDate today = today();
        r.noticeFee(fee, today, clock.instant(), days);
        LocalDate last = new ReplyDeadline(days).feePaymentDeadline(today).date();
        archive(em, r, RequestDocument.Kind.FEE_NOTICE, RequestLetters.feeNotice(r, fee, today, last), by);
        return recorded(em, r, by, "request.fee-noticed", "method=" + method + " count=" + fee.count() + " yuan=" + fee.yuan());
    }

    RequestView settleFee(EntityManager em, String id, long version, boolean waived, LocalDate on, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.settleFee(waived, on, today(), clock.instant(), days);
        return recorded(em, r, by, waived ? "request.fee-waived" : "request.fee-paid", "on=" + r.feeSettledOn());
    }

    RequestView abandonUnpaid(EntityManager em, String id, long version, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.abandonUnpaid(today(), clock.instant(), days);
        return recorded(em, r, by, "request.abandoned", "fee not paid in time (国办函〔2020〕109号)");
    }

    RequestView withdraw(EntityManager em, String id, long version, String how, String by) {
        DisclosureRequest r = loadForChange(em, id, version);
        r.withdraw(how, today(), clock.instant(), days);
        return recorded(em, r, by, "request.withdrawn", r.closingNote());
    }

    /** The request's 1-based place among the same applicant's requests to this division in its calendar month. */
    private static int ordinalInMonth(EntityManager em, DisclosureRequest r) {
        LocalDate first = r.receivedOn().withDayOfMonth(1);
        List<DisclosureRequest> month = em.createQuery("SELECT q FROM DisclosureRequest q WHERE q.divisionCode = :division"
                        + " AND q.applicantKey = :key AND q.receivedOn >= :first AND q.receivedOn <= :last"
                        + " ORDER BY q.receivedOn, q.createdAt, q.id", DisclosureRequest.class)
                .setParameter("division", r.division().value())
                .setParameter("key", r.applicantKey())
                .setParameter("first", first)
                .setParameter("last", first.plusMonths(1).minusDays(1))
                .getResultList();
        for (int i = 0; i < month.size(); i++) {
            if (month.get(i).id().equals(r.id())) {
                return i + 1;
            }
        }
        throw new IllegalStateException("The request is not in its own month.");
    }

    // --- letters ------------------------------------------------------------------------------

    /** Writes the letter as Word and PDF and files both with the request. */
    private void archive(EntityManager em, DisclosureRequest r, RequestDocument.Kind kind, OfficialDocument letter, String by) {
        Instant now = clock.instant();
        em.persist(new RequestDocument(r, kind, RequestDocument.Format.DOCX, documents.docx(letter), now, by));
        em.persist(new RequestDocument(r, kind, RequestDocument.Format.PDF, documents.pdf(letter), now, by));
    }

    List<DocumentInfo> documents(EntityManager em, String requestId) {
        load(em, requestId);
        return documentsOf(em, requestId);
    }

    private static List<DocumentInfo> documentsOf(EntityManager em, String requestId) {
        return em.createQuery("SELECT NEW org.gongshi.request.DocumentInfo(d.id, d.kind, d.format, d.fileName, d.size,"
                        + " d.sha256, d.createdAt) FROM RequestDocument d WHERE d.requestId = :request"
                        + " ORDER BY d.createdAt, d.format", DocumentInfo.class)
                .setParameter("request", requestId).getResultList();
    }

    DocumentFile document(EntityManager em, String requestId, String documentId) {
        load(em, requestId);
        return file(em, requestId, documentId);
    }

    private static DocumentFile file(EntityManager em, String requestId, String documentId) {
        RequestDocument d = Ids.looksLikeId(documentId) ? em.find(RequestDocument.class, documentId) : null;
        if (d == null || !d.requestId().equals(requestId)) {
            throw new NotFound("error.disclosure.document-not-found");
        }
        return new DocumentFile(d.fileName(), d.format().mediaType(), d.bytes());
    }

    // --- review and litigation (table 四) -------------------------------------------------------

    ChallengeView fileChallenge(EntityManager em, String requestId, RequestChallenge.Kind kind, LocalDate filedOn,
                                String note, String by) {
        DisclosureRequest r = load(em, requestId);
        RequestChallenge c = RequestChallenge.file(r, kind, filedOn, note, today(), clock.instant(), by);
        em.persist(c);
        audit.record(em, r.division(), clock.instant(), by, "request.challenge-filed", r.id(), "kind=" + kind + " filed=" + filedOn);
        flush(em);
        return ChallengeView.of(c, r.receiptNumber());
    }

    ChallengeView decideChallenge(EntityManager em, String requestId, String challengeId, long version,
                                  RequestChallenge.Outcome outcome, LocalDate on, String note, String by) {
        DisclosureRequest r = load(em, requestId);
        RequestChallenge c = Ids.looksLikeId(challengeId) ? em.find(RequestChallenge.class, challengeId) : null;
        if (c == null || !c.requestId().equals(r.id())) {
            throw new NotFound("error.challenge.not-found");
        }
        if (c.version() != version) {
            throw new ConcurrentEdit();
        }
        c.decide(outcome, on, note, today());
        audit.record(em, r.division(), clock.instant(), by, "request.challenge-decided", r.id(), "outcome=" + outcome + " on=" + on);
        flush(em);
        return ChallengeView.of(c, r.receiptNumber());
    }

    List<ChallengeView> challenges(EntityManager em, String requestId) {
        DisclosureRequest r = load(em, requestId);
        return em.createQuery("SELECT c FROM RequestChallenge c WHERE c.requestId = :request ORDER BY c.filedOn, c.id",
                        RequestChallenge.class)
                .setParameter("request", requestId).getResultList().stream()
                .map(c -> ChallengeView.of(c, r.receiptNumber())).toList();
    }

    // --- Art. 44: information asked for again and again ------------------------------------------

    /**
     * Groups of disclosed requests of the last {@code months} months that ask for the same information
     * and come from at least {@code minApplicants} different applicants, not yet moved to proactive
     * disclosure: candidates for Art. 44.
     */
    List<ProactiveCandidates.Candidate> proactiveCandidates(EntityManager em, int months, int minApplicants) {
        LocalDate since = today().minusMonths(Math.max(1, months));
        List<DisclosureRequest> disclosed = em.createQuery("SELECT r FROM DisclosureRequest r WHERE r.state = :answered"
                        + " AND r.replyType IN :types AND r.proactiveNoticeId IS NULL AND r.receivedOn >= :since"
                        + " ORDER BY r.receivedOn, r.id", DisclosureRequest.class)
                .setParameter("answered", RequestState.ANSWERED)
                .setParameter("types", List.of(ReplyType.DISCLOSED, ReplyType.PARTLY_DISCLOSED))
                .setParameter("since", since)
                .setMaxResults(5000)
                .getResultList();
        return ProactiveCandidates.group(disclosed, minApplicants);
    }

    /** Marks the requests of a candidate as moved to proactive disclosure in {@code noticeId}. */
    void markProactive(EntityManager em, List<String> requestIds, String noticeId, String by) {
        Instant now = clock.instant();
        for (String id : requestIds) {
            DisclosureRequest r = load(em, id);
            if (r.state() != RequestState.ANSWERED || !r.replyType().discloses()) {
                throw new InvalidState("error.disclosure.proactive-not-disclosed");
            }
            if (r.proactiveNoticeId() != null) {
                throw new InvalidState("error.disclosure.proactive-already");
            }
            r.movedToProactive(noticeId, now);
            audit.record(em, r.division(), now, by, "request.moved-to-proactive", r.id(), "notice=" + noticeId + " (Art. 44)");
        }
        flush(em);
    }

    /** The status for the holder of the access code; a wrong code looks exactly like an unknown receipt. */
    PublicRequestStatus follow(EntityManager em, String receipt, String accessCode) {
        List<DisclosureRequest> found = em.createQuery(
                        "SELECT r FROM DisclosureRequest r WHERE r.receiptNumber = :receipt", DisclosureRequest.class)
                .setParameter("receipt", receipt).getResultList();
        if (found.isEmpty() || !found.getFirst().accessCodeMatches(accessCode)) {
            throw new NotFound("error.disclosure.not-found");
        }
        return PublicRequestStatus.of(found.getFirst(), days, documentsOf(em, found.getFirst().id()));
    }

    /** A letter of the request, for the holder of its access code only. */
    DocumentFile followDocument(EntityManager em, String receipt, String accessCode, String documentId) {
        List<DisclosureRequest> found = em.createQuery(
                        "SELECT r FROM DisclosureRequest r WHERE r.receiptNumber = :receipt", DisclosureRequest.class)
                .setParameter("receipt", receipt).getResultList();
        if (found.isEmpty() || !found.getFirst().accessCodeMatches(accessCode)) {
            throw new NotFound("error.disclosure.not-found");
        }
        return file(em, found.getFirst().id(), documentId);
    }

    private RequestView recorded(EntityManager em, DisclosureRequest r, String by, String action, String reason) {
        audit.record(em, r.division(), r.updatedAt(), by, action, r.id(), reason);
        flush(em);
        return RequestView.of(r, days, today());
    }

    /** Flushes inside the use case, so that a lost race is a clear refusal and the view shows the new version. */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEdit();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof jakarta.persistence.OptimisticLockException
                    || e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }

    private static DisclosureRequest load(EntityManager em, String id) {
        DisclosureRequest r = Ids.looksLikeId(id) ? em.find(DisclosureRequest.class, id) : null;
        if (r == null) {
            throw new NotFound("error.disclosure.not-found");
        }
        return r;
    }

    private static DisclosureRequest loadForChange(EntityManager em, String id, long version) {
        DisclosureRequest r = load(em, id);
        if (r.version() != version) {
            throw new ConcurrentEdit();
        }
        return r;
    }

    // --- Residents filing on the public site or at a reading-point kiosk ---

    /** How long the same request filed again by a resident is taken for a repeat of the first (a double click, a re-post). */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    /**
     * A resident files online or at a reading-point kiosk: received today, as the site confirms the
     * request at once by answering its receipt number (Art. 31 (3); a kiosk is the same). The same
     * request filed again within {@link #DUPLICATE_WINDOW} — same applicant name, contact and
     * description, online or at a kiosk of this division — is refused with the earlier receipt
     * number, never its code. The check runs after the receipt counter's row lock is taken, so two
     * identical filings at the same moment cannot both pass (the refused one's number is rolled back).
     */
    Intake fileByResident(EntityManager em, DivisionCode division, RequestChannel channel, Application application) {
        if (channel != RequestChannel.ONLINE && channel != RequestChannel.KIOSK) {
            throw new IllegalArgumentException("Residents file online or at a kiosk, not by " + channel);
        }
        String code = AccessCode.generate();
        Instant now = clock.instant();
        LocalDate today = today();
        DisclosureRequest validated = DisclosureRequest.receive(division, "pending", channel, today, application, code,
                PUBLIC, now, today, days);
        DisclosureRequest r = withReceipt(em, validated, division, today.getYear(), channel, today, application, code,
                PUBLIC, now, today);
        java.util.Optional<String> earlier = residentDuplicateOf(em, r, now);
        if (earlier.isPresent()) {
            throw new DuplicateFiling(earlier.get());
        }
        em.persist(r);
        flush(em);
        audit.record(em, division, now, PUBLIC, channel == RequestChannel.KIOSK ? "request.filed-at-kiosk" : "request.filed-online",
                r.id(), "channel=" + channel + " receipt=" + r.receiptNumber());
        return new Intake(r.receiptNumber(), code, RequestView.of(r, days, today));
    }

    /** The receipt number of the same request filed by a resident of this scope within the window, newest first. */
    private static java.util.Optional<String> residentDuplicateOf(EntityManager em, DisclosureRequest r, Instant now) {
        return em.createQuery("SELECT d.receiptNumber FROM DisclosureRequest d WHERE d.channel IN :channels"
                        + " AND d.createdAt >= :since AND d.applicantName = :name AND d.applicantContact = :contact"
                        + " AND d.description = :description ORDER BY d.createdAt DESC", String.class)
                .setParameter("channels", List.of(RequestChannel.ONLINE, RequestChannel.KIOSK))
                .setParameter("since", now.minus(DUPLICATE_WINDOW))
                .setParameter("name", r.applicantName())
                .setParameter("contact", r.applicantContact())
                .setParameter("description", r.description())
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The division a receipt number belongs to, or nothing when it is not one of ours. */
    static java.util.Optional<DivisionCode> divisionOfReceipt(String receipt) {
        if (receipt == null || !receipt.matches("\\d{6,12}-\\d{4}-\\d{4,6}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(DivisionCode.of(receipt.substring(0, receipt.indexOf('-'))));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
