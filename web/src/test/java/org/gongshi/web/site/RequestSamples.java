package org.gongshi.web.site;

import org.gongshi.request.DocumentInfo;
import org.gongshi.request.DueDate;
import org.gongshi.request.RequestDocument;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestState;

import java.time.LocalDate;

/** Sample answers of the request domain for page tests, built in one place. */
public final class RequestSamples {

    private RequestSamples() {
    }

    /** What the holder of the code learns; a request with a fee or letters needs more than this slice shows. */
    public static PublicRequestStatus status(String receipt, String division, LocalDate receivedOn, RequestState state, DueDate due,
                                             ReplyType replyType, LocalDate answeredOn) {
        return new PublicRequestStatus(receipt, division, receivedOn, state, due, replyType, answeredOn, null, java.util.List.of());
    }

    /** The same status with a fee of 1700 yuan to pay by 2026-12-04 and a reply letter as Word and PDF. */
    public static PublicRequestStatus withLetters(PublicRequestStatus s) {
        java.time.Instant at = java.time.Instant.parse("2026-11-20T02:00:00Z");
        return new PublicRequestStatus(s.receiptNumber(), s.division(), s.receivedOn(), s.state(), s.due(), s.replyType(),
                s.answeredOn(), new PublicRequestStatus.Fee(1700, new DueDate(LocalDate.of(2026, 12, 4), false, java.util.List.of()), null),
                java.util.List.of(
                        new DocumentInfo("0190f3a2-7b1c-7def-8000-0000000000d1", RequestDocument.Kind.REPLY_LETTER,
                                RequestDocument.Format.DOCX, "x-reply-letter.docx", 100, "ab", at),
                        new DocumentInfo("0190f3a2-7b1c-7def-8000-0000000000d2", RequestDocument.Kind.REPLY_LETTER,
                                RequestDocument.Format.PDF, "x-reply-letter.pdf", 100, "cd", at)));
    }
}
