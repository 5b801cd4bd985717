package org.gongshi.web.http;

import org.gongshi.notice.BoardVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RevalidationTest {

    private static final Instant CHANGED = Instant.parse("2026-11-22T07:19:53.123456Z");
    private static final String ETAG = Revalidation.etag(new BoardVersion("abc-1", CHANGED));

    @Test
    void the_etag_is_weak_and_quoted() {
        assertThat(ETAG).isEqualTo("W/\"abc-1\"");
    }

    @Test
    void a_matching_tag_weak_or_strong_or_in_a_list_means_not_modified() {
        assertThat(Revalidation.notModified("W/\"abc-1\"", null, ETAG, CHANGED)).isTrue();
        assertThat(Revalidation.notModified("\"abc-1\"", null, ETAG, CHANGED)).as("weak comparison").isTrue();
        assertThat(Revalidation.notModified("\"x\", W/\"abc-1\"", null, ETAG, CHANGED)).isTrue();
        assertThat(Revalidation.notModified("*", null, ETAG, CHANGED)).isTrue();
    }

    @Test
    void another_tag_means_modified_even_if_the_date_says_otherwise() {
        String later = Revalidation.httpDate(CHANGED.plusSeconds(60));
        assertThat(Revalidation.notModified("W/\"abc-0\"", later, ETAG, CHANGED)).isFalse();
        assertThat(Revalidation.notModified("W/\"abc-1x\"", null, ETAG, CHANGED)).isFalse();
    }

    @Test
    void if_modified_since_counts_whole_seconds_and_ignores_garbage() {
        assertThat(Revalidation.notModified(null, Revalidation.httpDate(CHANGED), ETAG, CHANGED)).isTrue();
        assertThat(Revalidation.notModified(null, Revalidation.httpDate(CHANGED.minusSeconds(1)), ETAG, CHANGED)).isFalse();
        assertThat(Revalidation.notModified(null, "yesterday", ETAG, CHANGED)).isFalse();
        assertThat(Revalidation.notModified(null, null, ETAG, CHANGED)).isFalse();
        assertThat(Revalidation.httpDate(CHANGED)).isEqualTo("Sun, 22 Nov 2026 07:19:53 GMT");
    }

    @Test
    void the_rendered_cache_keeps_at_most_its_bound_and_renders_once_per_key() {
        RenderedCache cache = new RenderedCache();
        cache.maxEntries = 2;
        int[] renders = {0};
        java.util.function.Supplier<RenderedCache.Rendered> render = () -> {
            renders[0]++;
            return new RenderedCache.Rendered(new byte[]{1}, "text/plain");
        };
        cache.get("a", render);
        cache.get("a", render);
        cache.get("b", render);
        cache.get("c", render);
        assertThat(renders[0]).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }
}
