package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.shared.InvalidState;
import org.gongshi.web.rest.PublicRequestResource.Filed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Makes a filing happen once per key — the {@code Idempotency-Key} header of the JSON API, or the
 * one-time token of a filing form — so that a double click or a re-sent form opens one request. The
 * first caller with a key files; a caller with the same key meanwhile waits for that filing and gets
 * the same answer; for {@link #KEEP} afterwards the same answer again: the same receipt number and the
 * same access code. A key sent again with other content is refused. A filing that was refused is
 * forgotten, so that the corrected filing may use the same key.
 *
 * <p><b>The trade-off:</b> to answer the same code again, this keeps it in clear, in this server's
 * memory only, for {@link #KEEP} after the filing — never in the database (which holds only its
 * PBKDF2 hash), never in a log. Whoever holds the key (and sends it from the same address, see
 * {@link ResidentFiling}) within those minutes gets the code again; a memory dump of the server shows
 * the codes of the last minutes. At most {@link #MAX_ENTRIES} are kept; beyond that the oldest are
 * forgotten first (their repeats are then caught by the database check for the same content).
 * A restart forgets all; several servers each keep their own.
 */
@ApplicationScoped
public class IdempotentFilings {

    /** How long a key is remembered after its filing. */
    public static final Duration KEEP = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;
    /** How long a repeat waits for the first filing with its key to finish. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The answer, and whether it is a repeat of an earlier filing with the same key. */
    public record Outcome(Filed filed, boolean replayed) {
    }

    private record Entry(String fingerprint, Instant at, CompletableFuture<Filed> result) {
    }

    /** Oldest first; guarded by {@code this}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final Clock clock;

    public IdempotentFilings() {
        this(Clock.systemUTC());
    }

    IdempotentFilings(Clock clock) {
        this.clock = clock;
    }

    /**
     * Files with {@code filing} unless {@code key} was used within {@link #KEEP}: then answers what
     * that filing answered (waiting for it if it is still running). {@code fingerprint} stands for
     * the content; the same key with another fingerprint is refused with 409.
     */
    public Outcome once(String key, String fingerprint, Supplier<Filed> filing) {
        Objects.requireNonNull(key, "Key is required.");
        Entry mine = new Entry(fingerprint, clock.instant(), new CompletableFuture<>());
        Entry earlier;
        synchronized (this) {
            expire(mine.at());
            earlier = entries.get(key);
            if (earlier == null) {
                entries.put(key, mine);
            }
        }
        if (earlier != null) {
            if (!earlier.fingerprint().equals(fingerprint)) {
                throw new InvalidState("error.intake.key-reused");
            }
            return new Outcome(await(earlier.result()), true);
        }
        try {
            Filed filed = filing.get();
            mine.result().complete(filed);
            return new Outcome(filed, false);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                entries.remove(key, mine);
            }
            mine.result().completeExceptionally(e);
            throw e;
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private static Filed await(CompletableFuture<Filed> result) {
        try {
            return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // The first filing with this key was refused: so is its repeat, for the same reason.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The first filing with this key did not finish in time.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forgets keys older than {@link #KEEP}, and the oldest finished ones beyond {@link #MAX_ENTRIES}. */
    private void expire(Instant now) {
        Instant horizon = now.minus(KEEP);
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry e = it.next().getValue();
            boolean old = !e.at().isAfter(horizon);
            boolean overflowing = entries.size() >= MAX_ENTRIES;
            if ((old || overflowing) && e.result().isDone()) {
                it.remove();
            } else if (!old && !overflowing) {
                break;  // insertion order: everything after this one is newer
            }
        }
    }
}
