package org.gongshi.request;

import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * A request as its division's staff (and the county, read-only) see it, with the current due date
 * and how it was counted, the correction asked for and received (Art. 30), the extension and who
 * approved it (Art. 33), the fee, the reply and how the request closed. Carries the applicant's
 * personal data: staff answers only.
 */
public record RequestView(String id, String division, long version, String receiptNumber, RequestChannel channel,
                          LocalDate receivedOn, ApplicantType applicantType, String applicantName,
                          String applicantContact, String description, RequestState state, DueDate due,
                          boolean overdue, CorrectionWindow correction, DueDate correctionReturnDue,
                          LocalDate correctionAskedOn, LocalDate correctionReceivedOn,
                          LocalDate consultationStartedOn, int extensionDays, LocalDate extendedOn,
                          String extendedBy, String applicantToldHow,
                          ReplyType replyType, LocalDate answeredOn, String replyReason, String replyPlace,
                          ResultRow resultRow, ClosingReason closingReason, String closingNote, LocalDate closedOn,
                          Delivery delivery, FeeView fee, String proactiveNoticeId,
                          PreferredReplyChannel preferredReply) {

    /** While a correction may still be asked for: its last day, and a warning when 2 or fewer working days remain. */
    public record CorrectionWindow(DueDate deadline, boolean warn) {
    }

    /** How the reply reached the applicant. */
    public record Delivery(DeliveryMethod method, LocalDate on, String note) {
    }

    /** The fee notice: the method, the count it was computed on, the amount, and what became of it. */
    public record FeeView(FeeMethod method, int count, int yuan, LocalDate noticeOn, DueDate paymentDue,
                          LocalDate settledOn, String settlement) {
    }

    static RequestView of(DisclosureRequest r, WorkingDays days, LocalDate today) {
        ReplyDeadline clock = new ReplyDeadline(days);
        DueDate due = clock.replyDue(r.facts());
        CorrectionWindow window = null;
        if (r.state() == RequestState.RECEIVED && r.correctionAskedOn() == null
                && r.extensionDays() == 0 && r.pauses().isEmpty()) {
            DueDate deadline = clock.correctionDeadline(r.receivedOn());
            if (!today.isAfter(deadline.date())) {
                window = new CorrectionWindow(deadline, clock.warn(deadline.date(), today));
            }
        }
        DueDate returnDue = r.state() == RequestState.AWAITING_CORRECTION
                ? clock.correctionReturnDeadline(r.correctionAskedOn()) : null;
        boolean overdue = RequestState.running().contains(r.state()) && today.isAfter(due.date());
        FeeView fee = r.feeMethod() == null ? null : new FeeView(r.feeMethod(), r.feeCount(), r.feeYuan(),
                r.feeNoticeOn(), r.state() == RequestState.AWAITING_FEE ? clock.feePaymentDeadline(r.feeNoticeOn()) : null,
                r.feeSettledOn(), r.feeSettlement());
        Delivery delivery = r.deliveryMethod() == null ? null : new Delivery(r.deliveryMethod(), r.deliveredOn(), r.deliveryNote());
        return new RequestView(r.id(), r.division().value(), r.version(), r.receiptNumber(), r.channel(),
                r.receivedOn(), r.applicantType(), r.applicantName(), r.applicantContact(), r.description(),
                r.state(), due, overdue, window, returnDue, r.correctionAskedOn(), r.correctionReceivedOn(),
                r.consultationStartedOn(), r.extensionDays(), r.extendedOn(), r.extendedBy(), r.applicantToldHow(),
                r.replyType(), r.answeredOn(), r.replyReason(), r.replyPlace(),
                r.resultRow().orElse(null), r.closingReason(), r.closingNote(), r.closedOn(), delivery, fee,
                r.proactiveNoticeId(), r.preferredReply());
    }
}
