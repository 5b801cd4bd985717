package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.web.http.SlidingWindow;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down guessing of access codes: at most {@value #PER_RECEIPT} wrong codes per receipt number
 * and {@value #PER_CLIENT} per client address within {@link #WINDOW}; beyond that every attempt,
 * right or wrong, is refused until the window has passed. Used by the JSON API and the follow pages
 * of the public site and the kiosk alike. Kept in memory on this server ({@link SlidingWindow}): a
 * restart forgets it and several servers each count their own (a 12-character code from 31 symbols
 * is still far beyond reach). Behind a reverse proxy the client address is the proxy's unless the
 * server is configured to take it from the forwarding header.
 */
@ApplicationScoped
public class AccessCodeGuard {

    static final int PER_RECEIPT = 5;
    static final int PER_CLIENT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory one flood of addresses or receipts can take. */
    private static final int MAX_KEYS = 100_000;

    private final SlidingWindow failures;

    public AccessCodeGuard() {
        this(Clock.systemUTC());
    }

    AccessCodeGuard(Clock clock) {
        this.failures = new SlidingWindow(WINDOW, MAX_KEYS, clock);
    }

    /** True when this receipt or this client has had too many wrong codes lately. */
    public boolean blocked(String receipt, String client) {
        return failures.count("r:" + receipt, WINDOW) >= PER_RECEIPT || failures.count("c:" + client, WINDOW) >= PER_CLIENT;
    }

    public void failed(String receipt, String client) {
        failures.record("r:" + receipt);
        failures.record("c:" + client);
    }
}
