package org.gongshi.web.rest;

import java.time.Duration;

/**
 * A client did something as often as allowed — filed requests ({@link FilingLimit}), tried access
 * codes ({@link AccessCodeGuard}): answered with 429, a message (its key takes the minutes to wait as
 * argument) and when to try again.
 */
public class RateLimited extends RuntimeException {

    private final String messageKey;
    private final Duration retryAfter;

    public RateLimited(String messageKey, Duration retryAfter) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.retryAfter = retryAfter;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes for a message, at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
