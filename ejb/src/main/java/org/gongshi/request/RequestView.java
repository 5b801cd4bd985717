package org.gongshi.request;

import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * A request as its division's staff (and the county, read-only) see it, with the current due date
 * and how it was counted. Carries the applicant's personal data: staff answers only.
 */
public record RequestView(String id, String division, long version, String receiptNumber, RequestChannel channel,
                          LocalDate receivedOn, ApplicantType applicantType, String applicantName,
                          String applicantContact, String description, RequestState state, DueDate due,
                          boolean overdue, CorrectionWindow correction, DueDate correctionReturnDue,
                          LocalDate consultationStartedOn, int extensionDays, String applicantToldHow,
                          ReplyType replyType, LocalDate answeredOn, PreferredReplyChannel preferredReply) {

    /** While a correction may still be asked for: its last day, and a warning when 2 or fewer working days remain. */
    public record CorrectionWindow(DueDate deadline, boolean warn) {
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
        boolean overdue = !r.state().closed() && r.state() != RequestState.AWAITING_CORRECTION
                && today.isAfter(due.date());
        return new RequestView(r.id(), r.division().value(), r.version(), r.receiptNumber(), r.channel(),
                r.receivedOn(), r.applicantType(), r.applicantName(), r.applicantContact(), r.description(),
                r.state(), due, overdue, window, returnDue, r.consultationStartedOn(), r.extensionDays(),
                r.applicantToldHow(), r.replyType(), r.answeredOn(), r.preferredReply());
    }
}
