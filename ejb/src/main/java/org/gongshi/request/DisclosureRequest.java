package org.gongshi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request for government information (依申请公开) to the division that must answer it. It
 * guards the statute's order of things: one correction request, within its window (Art. 30); one
 * extension (Art. 33); no reply while a consultation runs or a fee is outstanding (国办函〔2020〕109号);
 * nothing after the reply but its delivery. After every transition the reply due date is recomputed by
 * {@link ReplyDeadline} and stored. A closed request counts in one row of the annual report's table 三
 * ({@link #resultRow()}).
 *
 * <p>The applicant's name and contact are personal data: they never reach a public answer.
 * Tenant isolation as for every tenant entity: the criteria below on every query, isolated cache.
 */
@Entity
@Table(name = "DISCLOSURE_REQUEST")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DisclosureRequest {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REASON_MAX = 4000;
    public static final int PLACE_MAX = 1000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "RECEIPT_NUMBER", length = 30, nullable = false, updatable = false)
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20, nullable = false)
    private RequestChannel channel;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "APPLICANT_TYPE", length = 40, nullable = false)
    private ApplicantType applicantType;

    @Column(name = "APPLICANT_NAME", length = NAME_MAX, nullable = false)
    private String applicantName;

    @Column(name = "APPLICANT_CONTACT", length = CONTACT_MAX, nullable = false)
    private String applicantContact;

    @Column(name = "DESCRIPTION", length = DESCRIPTION_MAX, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 30, nullable = false)
    private RequestState state;

    @Column(name = "ACCESS_CODE_SALT", length = 40, nullable = false, updatable = false)
    private String accessCodeSalt;

    @Column(name = "ACCESS_CODE_HASH", length = 100, nullable = false, updatable = false)
    private String accessCodeHash;

    @Column(name = "CORRECTION_ASKED_ON")
    private LocalDate correctionAskedOn;

    @Column(name = "CORRECTION_RECEIVED_ON")
    private LocalDate correctionReceivedOn;

    @Column(name = "CONSULTATION_STARTED_ON")
    private LocalDate consultationStartedOn;

    @Column(name = "PAUSED_WORKING_DAYS", nullable = false)
    private int pausedWorkingDays;

    /** Finished consultations as {@code from/to} ISO dates separated by {@code ;}. */
    @Column(name = "PAUSES", length = 1000)
    private String pauses;

    @Column(name = "EXTENSION_DAYS", nullable = false)
    private int extensionDays;

    @Column(name = "EXTENDED_ON")
    private LocalDate extendedOn;

    @Column(name = "EXTENDED_BY", length = 100)
    private String extendedBy;

    @Column(name = "APPLICANT_TOLD_HOW", length = 200)
    private String applicantToldHow;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "DUE_PROVISIONAL", nullable = false)
    private boolean dueProvisional;

    @Enumerated(EnumType.STRING)
    @Column(name = "REPLY_TYPE", length = 40)
    private ReplyType replyType;

    @Column(name = "ANSWERED_ON")
    private LocalDate answeredOn;

    /** The letter's reason (Art. 36 (三): a refusal says why; Art. 37: which part and why). */
    @Column(name = "REPLY_REASON", length = REASON_MAX)
    private String replyReason;

    /** Where the information is to be had (Art. 36 (一), Art. 39). */
    @Column(name = "REPLY_PLACE", length = PLACE_MAX)
    private String replyPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY_METHOD", length = 20)
    private DeliveryMethod deliveryMethod;

    @Column(name = "DELIVERED_ON")
    private LocalDate deliveredOn;

    @Column(name = "DELIVERY_NOTE", length = 200)
    private String deliveryNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "CLOSING_REASON", length = 20)
    private ClosingReason closingReason;

    @Column(name = "CLOSING_NOTE", length = 500)
    private String closingNote;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "FEE_METHOD", length = 20)
    private FeeMethod feeMethod;

    /** The request's ordinal in the applicant's month (按件) or the number of pages (按量). */
    @Column(name = "FEE_COUNT")
    private Integer feeCount;

    @Column(name = "FEE_YUAN")
    private Integer feeYuan;

    @Column(name = "FEE_NOTICE_ON")
    private LocalDate feeNoticeOn;

    @Column(name = "FEE_SETTLED_ON")
    private LocalDate feeSettledOn;

    /** PAID or WAIVED once settled. */
    @Column(name = "FEE_SETTLEMENT", length = 10)
    private String feeSettlement;

    /**
     * A digest of the applicant (type, name, contact; normalised): counts one applicant's requests in
     * a month for fees (109号) and distinct applicants for Art. 44 with one indexed comparison. It hides
     * nothing (the name is in the row) and is no identity check: the same person with another
     * contact counts as another applicant.
     */
    @Column(name = "APPLICANT_KEY", length = 64, nullable = false, updatable = false)
    private String applicantKey;

    /** The notice this request's information was moved to for proactive disclosure (Art. 44). */
    @Column(name = "PROACTIVE_NOTICE_ID", length = 36)
    private String proactiveNoticeId;
    /** How the applicant would like the reply (optional, V11). */
    @Enumerated(EnumType.STRING)
    @Column(name = "PREFERRED_REPLY", length = 20)
    private PreferredReplyChannel preferredReply;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected DisclosureRequest() {
        // for JPA
    }

    /**
     * A request received on {@code receivedOn} by {@code channel} (the date per Art. 31, as staff
     * confirm it), with its receipt number and the hash of its access code.
     */
    static DisclosureRequest receive(DivisionCode division, String receiptNumber, RequestChannel channel,
                                     LocalDate receivedOn, Application application, String accessCode,
                                     String by, Instant now, LocalDate today, WorkingDays days) {
        Objects.requireNonNull(division, "Division is required.");
        Objects.requireNonNull(receiptNumber, "Receipt number is required.");
        if (channel == null) {
            throw new InvalidInput("error.disclosure.channel-required");
        }
        if (receivedOn == null) {
            throw new InvalidInput("error.disclosure.date-required");
        }
        if (receivedOn.isAfter(today)) {
            throw new InvalidInput("error.disclosure.date-in-future");
        }
        if (application == null || application.applicantType() == null) {
            throw new InvalidInput("error.disclosure.applicant-type-required");
        }
        DisclosureRequest r = new DisclosureRequest();
        r.id = Ids.newId();
        r.divisionCode = division.value();
        r.receiptNumber = receiptNumber;
        r.channel = channel;
        r.receivedOn = receivedOn;
        r.applicantType = application.applicantType();
        r.applicantName = text(application.applicantName(), NAME_MAX, "applicant-name");
        r.applicantContact = text(application.applicantContact(), CONTACT_MAX, "applicant-contact");
        r.description = text(application.description(), DESCRIPTION_MAX, "description");
        r.preferredReply = application.preferredReply();
        r.state = RequestState.RECEIVED;
        r.accessCodeSalt = AccessCode.newSalt();
        r.accessCodeHash = AccessCode.hash(accessCode, r.accessCodeSalt);
        r.applicantKey = ApplicantKey.of(r.applicantType, r.applicantName, r.applicantContact);
        r.createdAt = now;
        r.createdBy = by;
        r.updatedAt = now;
        r.recompute(days);
        return r;
    }

    /** Art. 30: asks once, within 7 working days of receipt, for a correction. */
    void askForCorrection(LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (correctionAskedOn != null) {
            throw new InvalidState("error.disclosure.correction-once");
        }
        if (state != RequestState.RECEIVED || extensionDays > 0 || !pauses().isEmpty()) {
            throw new InvalidState("error.disclosure.correction-not-now");
        }
        if (today.isAfter(new ReplyDeadline(days).correctionDeadline(receivedOn).date())) {
            throw new InvalidState("error.disclosure.correction-too-late");
        }
        correctionAskedOn = today;
        state = RequestState.AWAITING_CORRECTION;
        touch(now, days);
    }

    /** The corrected request came back on {@code on}: the reply period restarts from that day (Art. 30). */
    void receiveCorrection(LocalDate on, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.AWAITING_CORRECTION) {
            throw new InvalidState("error.disclosure.no-correction-asked");
        }
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today) || date.isBefore(correctionAskedOn)) {
            throw new InvalidInput("error.disclosure.correction-date");
        }
        correctionReceivedOn = date;
        state = RequestState.RECEIVED;
        touch(now, days);
    }

    /** Art. 32: a third party is consulted; the clock stops until the consultation ends. */
    void startConsultation(LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.RECEIVED && state != RequestState.EXTENDED) {
            throw new InvalidState("error.disclosure.consultation-not-now");
        }
        consultationStartedOn = today;
        state = RequestState.CONSULTING_THIRD_PARTY;
        touch(now, days);
    }

    /** The consultation ended: its working days are not counted (Art. 33 (3)). */
    void endConsultation(LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.CONSULTING_THIRD_PARTY) {
            throw new InvalidState("error.disclosure.no-consultation");
        }
        addPause(ReplyDeadline.PauseKind.CONSULTATION, consultationStartedOn, today, days);
        consultationStartedOn = null;
        state = running();
        touch(now, days);
    }

    /**
     * A fee notice went out (国办函〔2020〕109号 Art. 7): the clock stops until the fee is paid or
     * waived. Only a fee above the free bands can be noticed; the amount is computed by {@link Fees}.
     */
    void noticeFee(Fees.Fee fee, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        Objects.requireNonNull(fee, "Fee is required.");
        if (state != RequestState.RECEIVED && state != RequestState.EXTENDED) {
            throw new InvalidState("error.disclosure.fee-not-now");
        }
        if (feeMethod != null) {
            throw new InvalidState("error.disclosure.fee-once");
        }
        if (fee.yuan() <= 0) {
            throw new InvalidInput("error.disclosure.fee-free", fee.count());
        }
        feeMethod = fee.method();
        feeCount = fee.count();
        feeYuan = fee.yuan();
        feeNoticeOn = today;
        state = RequestState.AWAITING_FEE;
        touch(now, days);
    }

    /** The fee was paid, or waived (109号 Art. 6: 减免), on {@code on}: the clock runs again from then. */
    void settleFee(boolean waived, LocalDate on, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.AWAITING_FEE) {
            throw new InvalidState("error.disclosure.no-fee-outstanding");
        }
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today) || date.isBefore(feeNoticeOn)) {
            throw new InvalidInput("error.disclosure.fee-date");
        }
        addPause(ReplyDeadline.PauseKind.FEE, feeNoticeOn, date, days);
        feeSettledOn = date;
        feeSettlement = waived ? "WAIVED" : "PAID";
        state = running();
        touch(now, days);
    }

    /** 109号: unpaid within 20 working days of the notice, the request is treated as abandoned. */
    void abandonUnpaid(LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.AWAITING_FEE) {
            throw new InvalidState("error.disclosure.no-fee-outstanding");
        }
        if (!today.isAfter(new ReplyDeadline(days).feePaymentDeadline(feeNoticeOn).date())) {
            throw new InvalidState("error.disclosure.fee-still-open");
        }
        close(ClosingReason.FEE_UNPAID, null, today);
        touch(now, days);
    }

    /** The applicant withdrew the request; how they said so is recorded. Counted under table 三 （六）3. */
    void withdraw(String how, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        close(ClosingReason.WITHDRAWN, text(how, 500, "withdrawal-note"), today);
        touch(now, days);
    }

    /**
     * Art. 33 (2): one extension of at most 20 working days, approved by the head of the disclosure
     * office (the service checks the role), the applicant told — how is recorded.
     */
    void extend(int workingDays, String applicantToldHow, String head, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (extensionDays > 0) {
            throw new InvalidState("error.disclosure.already-extended");
        }
        if (state != RequestState.RECEIVED) {
            throw new InvalidState("error.disclosure.extension-not-now");
        }
        if (workingDays < 1 || workingDays > ReplyDeadline.MAX_EXTENSION_DAYS) {
            throw new InvalidInput("error.disclosure.extension-days", ReplyDeadline.MAX_EXTENSION_DAYS);
        }
        this.applicantToldHow = text(applicantToldHow, 200, "applicant-told");
        extensionDays = workingDays;
        extendedOn = today;
        extendedBy = head;
        state = RequestState.EXTENDED;
        touch(now, days);
    }

    /**
     * The reply was decided (Art. 36, 37): its type, the reason a refusal or partial disclosure must
     * give, and where already-public information is to be had. Nothing but its delivery changes after it.
     */
    void answer(Reply reply, LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (reply == null || reply.type() == null) {
            throw new InvalidInput("error.disclosure.reply-type-required");
        }
        if (state != RequestState.RECEIVED && state != RequestState.EXTENDED) {
            throw new InvalidState("error.disclosure.answer-not-now");
        }
        if (reply.type() == ReplyType.STILL_UNCLEAR && correctionReceivedOn == null) {
            throw new InvalidState("error.disclosure.still-unclear-needs-correction");
        }
        String reason = reply.type().needsReason() ? text(reply.reason(), REASON_MAX, "reply-reason")
                : optional(reply.reason(), REASON_MAX, "reply-reason");
        String place = reply.type().needsPlace() ? text(reply.place(), PLACE_MAX, "reply-place")
                : optional(reply.place(), PLACE_MAX, "reply-place");
        replyType = reply.type();
        replyReason = reason;
        replyPlace = place;
        answeredOn = today;
        closedOn = today;
        state = RequestState.ANSWERED;
        touch(now, days);
    }

    /** The reply letter reached the applicant by {@code method} on {@code on} (the archive keeps how). */
    void recordDelivery(DeliveryMethod method, LocalDate on, String note, LocalDate today, Instant now) {
        if (state != RequestState.ANSWERED) {
            throw new InvalidState("error.disclosure.deliver-not-now");
        }
        if (method == null) {
            throw new InvalidInput("error.disclosure.delivery-method-required");
        }
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today) || date.isBefore(answeredOn)) {
            throw new InvalidInput("error.disclosure.delivery-date");
        }
        deliveryMethod = method;
        deliveredOn = date;
        deliveryNote = optional(note, 200, "delivery-note");
        updatedAt = now;
    }

    /** Art. 44: the information asked for was moved to proactive disclosure as {@code noticeId}. */
    void movedToProactive(String noticeId, Instant now) {
        Objects.requireNonNull(noticeId, "Notice id is required.");
        proactiveNoticeId = noticeId;
        updatedAt = now;
    }

    /** Art. 30: no correction came back in time, so the request is treated as abandoned. */
    void abandon(LocalDate today, Instant now, WorkingDays days) {
        requireOpen();
        if (state != RequestState.AWAITING_CORRECTION) {
            throw new InvalidState("error.disclosure.abandon-not-now");
        }
        if (!today.isAfter(new ReplyDeadline(days).correctionReturnDeadline(correctionAskedOn).date())) {
            throw new InvalidState("error.disclosure.correction-still-open");
        }
        close(ClosingReason.NO_CORRECTION, null, today);
        touch(now, days);
    }

    /** The row of table 三 a closed request counts in; empty while it is open. */
    public java.util.Optional<ResultRow> resultRow() {
        if (state == RequestState.ANSWERED) {
            return java.util.Optional.of(replyType.row());
        }
        return closingReason == null ? java.util.Optional.empty() : java.util.Optional.of(closingReason.row());
    }

    private void close(ClosingReason reason, String note, LocalDate today) {
        closingReason = reason;
        closingNote = note;
        closedOn = today;
        consultationStartedOn = null;
        state = reason == ClosingReason.WITHDRAWN ? RequestState.WITHDRAWN : RequestState.ABANDONED;
    }

    /** The state the clock runs in: after the one extension, EXTENDED; before it, RECEIVED. */
    private RequestState running() {
        return extensionDays > 0 ? RequestState.EXTENDED : RequestState.RECEIVED;
    }

    private void addPause(ReplyDeadline.PauseKind kind, LocalDate from, LocalDate to, WorkingDays days) {
        String pause = (kind == ReplyDeadline.PauseKind.FEE ? "F:" : "") + from + "/" + to;
        pauses = pauses == null ? pause : pauses + ";" + pause;
        pausedWorkingDays += days.between(from, to);
    }

    boolean accessCodeMatches(String typed) {
        return AccessCode.matches(typed, accessCodeSalt, accessCodeHash);
    }

    /** Recomputes the due date from the facts, e.g. after a holiday schedule was loaded. */
    void recompute(WorkingDays days) {
        DueDate due = new ReplyDeadline(days).replyDue(facts());
        dueOn = due.date();
        dueProvisional = due.provisional();
    }

    ReplyDeadline.Facts facts() {
        return new ReplyDeadline.Facts(receivedOn, correctionReceivedOn, pauses(), consultationStartedOn,
                extensionDays, extendedOn, state == RequestState.AWAITING_CORRECTION,
                state == RequestState.AWAITING_FEE ? feeNoticeOn : null);
    }

    List<ReplyDeadline.Pause> pauses() {
        List<ReplyDeadline.Pause> list = new ArrayList<>();
        if (pauses != null && !pauses.isBlank()) {
            for (String p : pauses.split(";")) {
                ReplyDeadline.PauseKind kind = p.startsWith("F:") ? ReplyDeadline.PauseKind.FEE
                        : ReplyDeadline.PauseKind.CONSULTATION;
                String[] ends = p.substring(p.indexOf(':') + 1).split("/");
                list.add(new ReplyDeadline.Pause(kind, LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
            }
        }
        return list;
    }

    private void touch(Instant now, WorkingDays days) {
        updatedAt = now;
        recompute(days);
    }

    private void requireOpen() {
        if (state.closed()) {
            throw new InvalidState("error.disclosure.closed");
        }
    }

    private static String optional(String value, int max, String field) {
        return value == null || value.isBlank() ? null : text(value, max, field);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("error.disclosure." + field + "-required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput("error.disclosure." + field + "-too-long", max);
        }
        return v;
    }

    public String id() { return id; }
    public DivisionCode division() { return DivisionCode.of(divisionCode); }
    public long version() { return version; }
    public String receiptNumber() { return receiptNumber; }
    public RequestChannel channel() { return channel; }
    public LocalDate receivedOn() { return receivedOn; }
    public ApplicantType applicantType() { return applicantType; }
    public String applicantName() { return applicantName; }
    public String applicantContact() { return applicantContact; }
    public String description() { return description; }
    public RequestState state() { return state; }
    public LocalDate correctionAskedOn() { return correctionAskedOn; }
    public LocalDate correctionReceivedOn() { return correctionReceivedOn; }
    public LocalDate consultationStartedOn() { return consultationStartedOn; }
    public int pausedWorkingDays() { return pausedWorkingDays; }
    public int extensionDays() { return extensionDays; }
    public LocalDate extendedOn() { return extendedOn; }
    public String extendedBy() { return extendedBy; }
    public String applicantToldHow() { return applicantToldHow; }
    public LocalDate dueOn() { return dueOn; }
    public boolean dueProvisional() { return dueProvisional; }
    public ReplyType replyType() { return replyType; }
    public LocalDate answeredOn() { return answeredOn; }
    public PreferredReplyChannel preferredReply() { return preferredReply; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public String replyReason() { return replyReason; }
    public String replyPlace() { return replyPlace; }
    public DeliveryMethod deliveryMethod() { return deliveryMethod; }
    public LocalDate deliveredOn() { return deliveredOn; }
    public String deliveryNote() { return deliveryNote; }
    public ClosingReason closingReason() { return closingReason; }
    public String closingNote() { return closingNote; }
    public LocalDate closedOn() { return closedOn; }
    public FeeMethod feeMethod() { return feeMethod; }
    public Integer feeCount() { return feeCount; }
    public Integer feeYuan() { return feeYuan; }
    public LocalDate feeNoticeOn() { return feeNoticeOn; }
    public LocalDate feeSettledOn() { return feeSettledOn; }
    public String feeSettlement() { return feeSettlement; }
    public String applicantKey() { return applicantKey; }
    public String proactiveNoticeId() { return proactiveNoticeId; }
}
