package org.gongshi.web.rest;

import org.gongshi.web.http.SlidingWindow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At most {@code count} actions within {@code minutes} and {@code daily} within 24 hours per client
 * address, in sliding windows kept in memory on this server ({@link SlidingWindow}). The base of the
 * residents' allowances: filing requests ({@link FilingLimit}), asking the relief self-check
 * ({@link SelfCheckLimit}). Behind a reverse proxy the address is the proxy's unless the server takes
 * it from the forwarding header; a kiosk, or a village behind one NAT address, shares one allowance.
 */
public abstract class AddressLimit {

    private static final int MAX_KEYS = 100_000;

    private final List<SlidingWindow.Limit> limits;
    private final SlidingWindow actions;

    protected AddressLimit(int count, int minutes, int daily, Clock clock) {
        this.limits = List.of(new SlidingWindow.Limit(Math.max(1, count), Duration.ofMinutes(Math.max(1, minutes))),
                new SlidingWindow.Limit(Math.max(1, daily), Duration.ofHours(24)));
        Duration keep = limits.stream().map(SlidingWindow.Limit::within).max(Duration::compareTo).orElseThrow();
        this.actions = new SlidingWindow(keep, MAX_KEYS, clock);
    }

    /** Takes one action of {@code client}'s allowance, or says how long until there is one again. */
    public SlidingWindow.Attempt take(String client) {
        return actions.tryRecord(client, limits);
    }

    /** Gives back an action taken at {@code at} that did nothing (the form was refused as invalid). */
    public void giveBack(String client, Instant at) {
        actions.forget(client, at);
    }
}
