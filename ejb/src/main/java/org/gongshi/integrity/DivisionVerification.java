package org.gongshi.integrity;

import java.util.Objects;

/** The answer about a division's whole chain: how many links it has and the first one that is broken, if any. */
public record DivisionVerification(String divisionCode, long links, boolean verified, BrokenLink firstBroken) {

    public DivisionVerification {
        Objects.requireNonNull(divisionCode, "Division is required.");
        if (verified != (firstBroken == null)) {
            throw new IllegalArgumentException("A chain is verified exactly when no link is broken.");
        }
    }

    /**
     * Where the chain breaks: the link's place ({@code sequence}; none when a published notice has
     * no link at all), its notice (none when the place itself is empty) and what is wrong.
     */
    public record BrokenLink(Long sequence, String noticeId, ChainProblem problem) {

        public BrokenLink {
            Objects.requireNonNull(problem, "Problem is required.");
        }
    }
}
