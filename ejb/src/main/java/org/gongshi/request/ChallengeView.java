package org.gongshi.request;

import java.time.LocalDate;

/** An administrative review or lawsuit about a request, as staff see it. */
public record ChallengeView(String id, String requestId, String receiptNumber, long version,
                            RequestChallenge.Kind kind, LocalDate filedOn, RequestChallenge.Outcome outcome,
                            LocalDate decidedOn, String note) {

    static ChallengeView of(RequestChallenge c, String receiptNumber) {
        return new ChallengeView(c.id(), c.requestId(), receiptNumber, c.version(), c.kind(), c.filedOn(),
                c.outcome(), c.decidedOn(), c.note());
    }
}
