package org.gongshi.web.site;

import org.gongshi.request.DueDate;
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
}
