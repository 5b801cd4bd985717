package org.gongshi.web.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts from another site's page are refused by Origin or Referer; posts naming no origin pass. */
class SameOriginTest {

    @Test
    void a_post_from_this_sites_own_page_passes_also_behind_a_tls_proxy() {
        assertThat(SameOrigin.allows("http://127.0.0.1:18080", null, "127.0.0.1:18080", null)).isTrue();
        assertThat(SameOrigin.allows("https://gongshi.example.gov.cn", null, "gongshi.example.gov.cn", null)).isTrue();
        assertThat(SameOrigin.allows("https://gongshi.example.gov.cn", null, "gongshi.example.gov.cn:443", null)).isTrue();
        assertThat(SameOrigin.allows(null, "http://127.0.0.1:18080/board/330328101200/requests/new", "127.0.0.1:18080", null)).isTrue();
        // The proxy rewrote Host: the configured public address still names the site.
        assertThat(SameOrigin.allows("https://gongshi.example.gov.cn", null, "10.0.0.5:8080", "gongshi.example.gov.cn")).isTrue();
    }

    @Test
    void a_post_from_another_sites_page_is_refused() {
        assertThat(SameOrigin.allows("https://evil.example", null, "127.0.0.1:18080", null)).isFalse();
        assertThat(SameOrigin.allows("http://127.0.0.1:18081", null, "127.0.0.1:18080", null)).as("another port").isFalse();
        assertThat(SameOrigin.allows(null, "https://evil.example/page", "127.0.0.1:18080", null)).isFalse();
        assertThat(SameOrigin.allows("null", null, "127.0.0.1:18080", null)).as("a sandboxed page").isFalse();
        // Origin decides when both are present.
        assertThat(SameOrigin.allows("https://evil.example", "http://127.0.0.1:18080/board", "127.0.0.1:18080", null)).isFalse();
        assertThat(SameOrigin.allows("http://127.0.0.1:18080.evil.example", null, "127.0.0.1:18080", null)).isFalse();
    }

    @Test
    void a_post_that_names_no_origin_passes() {
        assertThat(SameOrigin.allows(null, null, "127.0.0.1:18080", null)).isTrue();
        assertThat(SameOrigin.allows("", " ", "127.0.0.1:18080", null)).isTrue();
    }
}
