package org.gongshi.request;

import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * What the holder of the access code learns about their request: its state and due date with the
 * explanation. No staff names; no applicant data either, so a leaked code reveals nothing personal.
 */
public record PublicRequestStatus(String receiptNumber, String division, LocalDate receivedOn, RequestState state,
                                  DueDate due, ReplyType replyType, LocalDate answeredOn) {

    static PublicRequestStatus of(DisclosureRequest r, WorkingDays days) {
        return new PublicRequestStatus(r.receiptNumber(), r.division().value(), r.receivedOn(), r.state(),
                new ReplyDeadline(days).replyDue(r.facts()), r.replyType(), r.answeredOn());
    }
}
