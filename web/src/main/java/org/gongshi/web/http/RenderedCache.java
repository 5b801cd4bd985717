package org.gongshi.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.notice.BoardVersion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bytes of recently rendered public answers, keyed by what was asked (path and query) and the
 * board version they were rendered from. A new version means new keys, so nothing is ever served
 * stale; old entries simply fall out of the bounded LRU ({@code gongshi.public.cache-entries},
 * default 2000; answers over 1 MB are not kept). Readers are anonymous, so nothing personal is
 * cached.
 */
@ApplicationScoped
public class RenderedCache {

    /** Largest answer kept. */
    static final int MAX_BYTES = 1 << 20;

    /** A rendered answer: the body and its content type. */
    public record Rendered(byte[] body, String contentType) {
    }

    @Inject
    @ConfigProperty(name = "gongshi.public.cache-entries", defaultValue = "2000")
    int maxEntries;

    private Map<String, Rendered> entries;

    private synchronized Map<String, Rendered> entries() {
        if (entries == null) {
            int max = Math.max(maxEntries, 1);
            entries = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                    return size() > max;
                }
            };
        }
        return entries;
    }

    /** The cached answer for {@code key}, or renders it (outside the lock) and keeps it if small. */
    public Rendered get(String key, Supplier<Rendered> render) {
        Rendered hit;
        synchronized (this) {
            hit = entries().get(key);
        }
        if (hit != null) {
            return hit;
        }
        Rendered fresh = render.get();
        if (fresh.body().length <= MAX_BYTES) {
            synchronized (this) {
                entries().put(key, fresh);
            }
        }
        return fresh;
    }

    /** The key of a public page: its raw path and query, at the board version it shows. */
    public static String pageKey(String rawPath, String rawQuery, BoardVersion version) {
        return rawPath + "?" + (rawQuery == null ? "" : rawQuery) + "|" + version.tag();
    }

    /** The key of a public JSON answer: its raw path and query, at the board version it shows. */
    public static String jsonKey(String rawPath, String rawQuery, BoardVersion version) {
        return "json:" + pageKey(rawPath, rawQuery, version);
    }

    /** The cached answer for {@code key}, or null. */
    public synchronized Rendered peek(String key) {
        return entries().get(key);
    }

    /** How many answers are kept now (for tests and diagnostics). */
    public synchronized int size() {
        return entries().size();
    }
}
