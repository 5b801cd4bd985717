package org.gongshi.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.tenancy.DivisionCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The current {@link BoardVersion} of each division's subtree, kept in memory so that a public
 * page costs no database work on the hot path. It is always derived from the database (so a
 * restart or another node computes the same value) and is recomputed
 * <ul>
 *   <li>at once after a publication, correction or withdrawal commits in this division or below
 *       it ({@link NoticePublished}, after success, for the division and all its ancestors), or a
 *       change of its board sections;</li>
 *   <li>when the date changes (notices leave the board by date);</li>
 *   <li>after {@code gongshi.board.version-max-age-ms} (default 2 s), which bounds how long a change
 *       made on another node stays unseen.</li>
 * </ul>
 */
@ApplicationScoped
public class BoardVersions {

    private record Cached(BoardVersion version, LocalDate day, long computedAtNanos, long generation) {
    }

    private final Map<DivisionCode, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped on every invalidation, so that a computation that raced with a commit is not kept. */
    private final Map<DivisionCode, AtomicLong> generations = new ConcurrentHashMap<>();

    @Inject
    PublicCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gongshi.board.version-max-age-ms", defaultValue = "2000")
    long maxAgeMillis;

    /** The version of {@code division}'s subtree, from memory when it is fresh. */
    public BoardVersion current(DivisionCode division) {
        LocalDate today = LocalDate.now(clock.withZone(Notice.ZONE));
        long now = System.nanoTime();
        Cached cached = cache.get(division);
        long generation = generation(division).get();
        if (cached != null && cached.generation() == generation && cached.day().equals(today)
                && now - cached.computedAtNanos() < maxAgeMillis * 1_000_000) {
            return cached.version();
        }
        BoardVersion fresh = catalog.version(division);
        // Keep it only if no commit was announced while it was computed.
        if (generation(division).get() == generation) {
            cache.put(division, new Cached(fresh, today, now, generation));
        }
        return fresh;
    }

    /**
     * The version of {@code division}'s subtree if memory holds a fresh one, else null — never the
     * database, so that it may be asked on a server I/O thread.
     */
    public BoardVersion peek(DivisionCode division) {
        Cached cached = cache.get(division);
        if (cached == null || cached.generation() != generation(division).get()
                || System.nanoTime() - cached.computedAtNanos() >= maxAgeMillis * 1_000_000
                || !cached.day().equals(LocalDate.now(clock.withZone(Notice.ZONE)))) {
            return null;
        }
        return cached.version();
    }

    /** A publication, correction or withdrawal changed the division's board and every board above it. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticePublished event) {
        invalidate(event.division());
    }

    /** A renamed, added, moved or hidden section changes the board's pages too. */
    void sectionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.gongshi.section.SectionsChanged event) {
        invalidate(event.division());
    }

    void invalidate(DivisionCode division) {
        for (DivisionCode d = division; d != null; d = d.parent().orElse(null)) {
            generation(d).incrementAndGet();
            cache.remove(d);
        }
    }

    private AtomicLong generation(DivisionCode division) {
        return generations.computeIfAbsent(division, d -> new AtomicLong());
    }
}
