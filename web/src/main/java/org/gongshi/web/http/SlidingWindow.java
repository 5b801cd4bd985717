package org.gongshi.web.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client address, a receipt number) over sliding windows, in memory on
 * this server: {@link #record} and {@link #count} for "too many failures lately", {@link #tryRecord}
 * for "at most n per window" decided and recorded atomically. Events older than {@code keep} are
 * dropped; the number of keys is bounded, and beyond it the keys whose last event is oldest are
 * forgotten first, so a flood of addresses cannot take the memory. A restart forgets everything and
 * several servers each count their own.
 */
public final class SlidingWindow {

    /** At most {@code max} events within {@code within}. */
    public record Limit(int max, Duration within) {
        public Limit {
            Objects.requireNonNull(within, "Window is required.");
            if (max < 1 || within.isNegative() || within.isZero()) {
                throw new IllegalArgumentException("A limit needs a positive count and window: " + max + " per " + within);
            }
        }
    }

    /** The answer of {@link #tryRecord}: recorded at {@code at}, or refused until {@code retryAfter} has passed. */
    public record Attempt(boolean recorded, Instant at, Duration retryAfter) {
    }

    /** More events than this per key are never needed to decide any limit here. */
    private static final int MAX_EVENTS_PER_KEY = 10_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Duration keep;
    private final int maxKeys;
    private final Clock clock;

    /** Keeps events for {@code keep} (the longest window asked about), for at most {@code maxKeys} keys. */
    public SlidingWindow(Duration keep, int maxKeys, Clock clock) {
        this.keep = Objects.requireNonNull(keep, "How long to keep events is required.");
        this.maxKeys = maxKeys;
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records an event for {@code key} now. */
    public void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = times(key, now);
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            if (times.size() > MAX_EVENTS_PER_KEY) {
                times.removeFirst();
            }
        }
    }

    /** The events of {@code key} within the last {@code within}. */
    public int count(String key, Duration within) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (times) {
            prune(times, now);
            return (int) times.stream().filter(t -> t.isAfter(now.minus(within))).count();
        }
    }

    /**
     * Records an event for {@code key} now if every limit still allows one more; otherwise records
     * nothing and says how long until the first limit that refused allows one again.
     */
    public Attempt tryRecord(String key, List<Limit> limits) {
        Instant now = clock.instant();
        Deque<Instant> times = times(key, now);
        synchronized (times) {
            prune(times, now);
            Duration wait = Duration.ZERO;
            for (Limit limit : limits) {
                List<Instant> inWindow = times.stream().filter(t -> t.isAfter(now.minus(limit.within()))).toList();
                if (inWindow.size() >= limit.max()) {
                    // The window frees a place when the event that is max-th from the newest leaves it.
                    Instant oldestCounted = inWindow.get(inWindow.size() - limit.max());
                    Duration until = Duration.between(now, oldestCounted.plus(limit.within()));
                    wait = until.compareTo(wait) > 0 ? until : wait;
                }
            }
            if (!wait.isZero()) {
                return new Attempt(false, now, wait);
            }
            times.addLast(now);
            return new Attempt(true, now, Duration.ZERO);
        }
    }

    /** Takes back an event recorded at {@code at} (e.g. an attempt that turned out not to count). */
    public void forget(String key, Instant at) {
        Deque<Instant> times = events.get(key);
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(at);
            }
        }
    }

    private Deque<Instant> times(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times != null) {
            return times;
        }
        if (events.size() >= maxKeys) {
            shrink(now);
        }
        return events.computeIfAbsent(key, k -> new ArrayDeque<>());
    }

    /** Drops keys with nothing left in the window; if still too many, forgets those whose last event is oldest. */
    private void shrink(Instant now) {
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        int excess = events.size() - maxKeys * 9 / 10;
        if (excess > 0) {
            events.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), lastOf(e.getValue())))
                    .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(events::remove);
        }
    }

    private static Instant lastOf(Deque<Instant> times) {
        synchronized (times) {
            Instant last = times.peekLast();
            return last == null ? Instant.MIN : last;
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(keep);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
