package org.gongshi.web.ui.request;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.DeliveryMethod;
import org.gongshi.request.DueDate;
import org.gongshi.request.FeeMethod;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.request.ResultRow;
import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.util.List;

/** Requests as the service shows them, for the screens' tests: a received request unless told otherwise. */
final class RequestBuilder {

    private final String id;
    private final DivisionCode division;
    private long version = 1;
    private String receipt;
    private RequestChannel channel = RequestChannel.IN_PERSON;
    private LocalDate receivedOn = LocalDate.of(2026, 9, 18);
    private ApplicantType applicantType = ApplicantType.NATURAL_PERSON;
    private String applicantName = "王小明";
    private String applicantContact = "13800000000";
    private String description = "2026年道路硬化工程的招标文件";
    private RequestState state = RequestState.RECEIVED;
    private DueDate due = new DueDate(LocalDate.of(2026, 10, 23), false,
            List.of("自2026年9月19日起计算（收到申请的次日）。", "20个工作日，跨国庆节假期顺延。"));
    private boolean overdue;
    private RequestView.CorrectionWindow correction;
    private DueDate correctionReturnDue;
    private LocalDate correctionAskedOn;
    private LocalDate correctionReceivedOn;
    private LocalDate consultationStartedOn;
    private int extensionDays;
    private LocalDate extendedOn;
    private String extendedBy;
    private String applicantToldHow;
    private ReplyType replyType;
    private LocalDate answeredOn;
    private String replyReason;
    private String replyPlace;
    private ResultRow resultRow;
    private ClosingReason closingReason;
    private String closingNote;
    private LocalDate closedOn;
    private RequestView.Delivery delivery;
    private RequestView.FeeView fee;
    private String proactiveNoticeId;

    private RequestBuilder(String id, DivisionCode division) {
        this.id = id;
        this.division = division;
        this.receipt = division.value() + "-2026-0001";
    }

    static RequestBuilder request(String id, DivisionCode division) {
        return new RequestBuilder(id, division);
    }

    RequestBuilder version(long v) {
        version = v;
        return this;
    }

    RequestBuilder receipt(String r) {
        receipt = r;
        return this;
    }

    RequestBuilder receivedOn(LocalDate d) {
        receivedOn = d;
        return this;
    }

    RequestBuilder applicant(ApplicantType type, String name, String contact) {
        applicantType = type;
        applicantName = name;
        applicantContact = contact;
        return this;
    }

    RequestBuilder description(String d) {
        description = d;
        return this;
    }

    RequestBuilder due(LocalDate date, String... lines) {
        due = new DueDate(date, false, List.of(lines));
        return this;
    }

    RequestBuilder overdue() {
        overdue = true;
        return this;
    }

    /** Received, and a correction may still be asked until {@code deadline}. */
    RequestBuilder correctionWindow(LocalDate deadline, boolean warn) {
        correction = new RequestView.CorrectionWindow(new DueDate(deadline, false, List.of()), warn);
        return this;
    }

    RequestBuilder awaitingCorrection(LocalDate askedOn, LocalDate returnBy) {
        state = RequestState.AWAITING_CORRECTION;
        correctionAskedOn = askedOn;
        correctionReturnDue = new DueDate(returnBy, false, List.of());
        due = new DueDate(due.date(), true, due.explanation());
        return this;
    }

    RequestBuilder correctionReceived(LocalDate askedOn, LocalDate receivedOn) {
        correctionAskedOn = askedOn;
        correctionReceivedOn = receivedOn;
        return this;
    }

    RequestBuilder consulting(LocalDate since) {
        state = RequestState.CONSULTING_THIRD_PARTY;
        consultationStartedOn = since;
        return this;
    }

    RequestBuilder extended(int days, LocalDate on, String by, String told) {
        state = RequestState.EXTENDED;
        extensionDays = days;
        extendedOn = on;
        extendedBy = by;
        applicantToldHow = told;
        return this;
    }

    RequestBuilder awaitingFee(FeeMethod method, int count, int yuan, LocalDate noticeOn, LocalDate payBy) {
        state = RequestState.AWAITING_FEE;
        fee = new RequestView.FeeView(method, count, yuan, noticeOn, new DueDate(payBy, false, List.of()), null, null);
        return this;
    }

    RequestBuilder feeSettled(FeeMethod method, int count, int yuan, LocalDate noticeOn, LocalDate settledOn, String how) {
        fee = new RequestView.FeeView(method, count, yuan, noticeOn, null, settledOn, how);
        return this;
    }

    RequestBuilder answered(ReplyType type, LocalDate on, String reason, String place) {
        state = RequestState.ANSWERED;
        replyType = type;
        answeredOn = on;
        replyReason = reason;
        replyPlace = place;
        resultRow = type.row();
        closedOn = on;
        return this;
    }

    RequestBuilder delivered(DeliveryMethod method, LocalDate on, String note) {
        delivery = new RequestView.Delivery(method, on, note);
        return this;
    }

    RequestBuilder closed(ClosingReason reason, String note, LocalDate on) {
        state = reason == ClosingReason.WITHDRAWN ? RequestState.WITHDRAWN : RequestState.ABANDONED;
        closingReason = reason;
        closingNote = note;
        closedOn = on;
        resultRow = reason.row();
        return this;
    }

    RequestBuilder movedToProactive(String noticeId) {
        proactiveNoticeId = noticeId;
        return this;
    }

    RequestView build() {
        return new RequestView(id, division.value(), version, receipt, channel, receivedOn, applicantType, applicantName,
                applicantContact, description, state, due, overdue, correction, correctionReturnDue, correctionAskedOn,
                correctionReceivedOn, consultationStartedOn, extensionDays, extendedOn, extendedBy, applicantToldHow,
                replyType, answeredOn, replyReason, replyPlace, resultRow, closingReason, closingNote, closedOn, delivery,
                fee, proactiveNoticeId, null);
    }
}
