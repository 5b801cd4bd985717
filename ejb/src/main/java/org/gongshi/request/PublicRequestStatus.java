package org.gongshi.request;

import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.List;

/**
 * What the holder of the access code learns about their request: its state and due date with the
 * explanation, a fee to pay with its last day, the reply type, and the letters sent to them. No staff
 * names; no applicant data either, so a leaked code reveals nothing personal beyond the letters.
 */
public record PublicRequestStatus(String receiptNumber, String division, LocalDate receivedOn, RequestState state,
                                  DueDate due, ReplyType replyType, LocalDate answeredOn, Fee fee,
                                  List<DocumentInfo> documents) {

    /** A fee the applicant is asked to pay, and by when. */
    public record Fee(int yuan, DueDate payBy, String settlement) {
    }

    public PublicRequestStatus {
        documents = List.copyOf(documents);
    }

    static PublicRequestStatus of(DisclosureRequest r, WorkingDays days, List<DocumentInfo> documents) {
        ReplyDeadline clock = new ReplyDeadline(days);
        Fee fee = r.feeYuan() == null ? null : new Fee(r.feeYuan(),
                r.state() == RequestState.AWAITING_FEE ? clock.feePaymentDeadline(r.feeNoticeOn()) : null, r.feeSettlement());
        return new PublicRequestStatus(r.receiptNumber(), r.division().value(), r.receivedOn(), r.state(),
                clock.replyDue(r.facts()), r.replyType(), r.answeredOn(), fee, documents);
    }
}
