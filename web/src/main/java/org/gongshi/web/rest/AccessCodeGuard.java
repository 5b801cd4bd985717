package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of access codes: at most {@value #PER_RECEIPT} wrong codes per receipt number
 * and {@value #PER_CLIENT} per client address within {@link #WINDOW}; beyond that every attempt,
 * right or wrong, is refused until the window has passed. Kept in memory on this server: a restart
 * forgets it and several servers each count their own (a 12-character code from 31 symbols is
 * still far beyond reach). Behind a reverse proxy the client address is the proxy's unless the
 * server is configured to take it from the forwarding header.
 */
@ApplicationScoped
public class AccessCodeGuard {

    static final int PER_RECEIPT = 5;
    static final int PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory one flood of addresses or receipts can take. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public AccessCodeGuard() {
        this(Clock.systemUTC());
    }

    AccessCodeGuard(Clock clock) {
        this.clock = clock;
    }

    /** True when this receipt or this client has had too many wrong codes lately. */
    public boolean blocked(String receipt, String client) {
        Instant now = clock.instant();
        return recent("r:" + receipt, now) >= PER_RECEIPT || recent("c:" + client, now) >= PER_CLIENT;
    }

    public void failed(String receipt, String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now) == 0);
        }
        add("r:" + receipt, now);
        add("c:" + client, now);
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        return times == null ? 0 : prune(times, now);
    }

    private static int prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
