package org.gongshi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;

/**
 * Revalidation of the public answers: validators on every answer, 304 without a body while nothing
 * changed, and a publication or a withdrawal visible on the very next request (new ETag, 200) — on
 * the village's board and on the boards above it.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpCachingIT {

    private static final String HZ = "330328101200";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * The second request of a URL is answered from the rendered bytes by the fast lane in front of
     * the servlets (web.http.PublicFastLane); it must be indistinguishable from the first, which the
     * servlets rendered: same status, body, validators and security headers.
     */
    @Test
    void a_cached_answer_has_the_same_bytes_and_headers_as_the_rendered_one() {
        Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), "快速通道公示 " + CatalogIT.marker(),
                null, List.of(), null, List.of());
        for (String url : List.of("/board/" + HZ + "?topic=" + CatalogIT.marker(), "/board/" + HZ,
                "/api/public/divisions/" + HZ + "/notices?size=7", "/board/" + HZ + "/feed.atom")) {
            Api.Reply rendered = Api.get(url, null);
            Api.Reply cached = Api.get(url, null);
            assertThat(cached.status()).as(url).isEqualTo(rendered.status()).isEqualTo(200);
            assertThat(cached.body()).as(url).isEqualTo(rendered.body());
            for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type", "X-Content-Type-Options",
                    "Content-Security-Policy", "Referrer-Policy")) {
                assertThat(cached.headers().firstValue(header)).as(url + " " + header).isEqualTo(rendered.headers().firstValue(header));
            }
            assertThat(cached.headers().firstValue("Set-Cookie")).as(url).isEmpty();
        }
        assertThat(Api.get("/board/" + HZ, null).headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'");
    }

    @Test
    void unchanged_answers_are_304_and_a_publish_or_withdrawal_shows_on_the_next_request() {
        List<String> urls = List.of("/board/" + HZ, "/api/public/divisions/" + HZ + "/notices", "/board/" + HZ + "/feed.atom",
                "/board/330328101", "/board/330328?scope=subtree", "/api/public/divisions/" + HZ + "/catalog");
        String title = "财务收支公示 " + CatalogIT.marker();
        for (String url : urls) {
            Api.Reply first = Api.get(url, null);
            assertThat(first.status()).as(url).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("W/\"");
            assertThat(first.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-cache");
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            Api.Reply again = Api.getWith(url, Map.of("If-None-Match", etag));
            assertThat(again.status()).as(url).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(etag);
            assertThat(Api.getWith(url, Map.of("If-Modified-Since", lastModified)).status()).as(url).isEqualTo(304);
            assertThat(Api.getWith(url, Map.of("If-None-Match", "W/\"other\"")).status()).as(url).isEqualTo(200);
        }
        Map<String, String> before = etags(urls);

        JsonObject notice = Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), title, null, List.of(), null, List.of());
        for (String url : urls) {
            Api.Reply next = Api.getWith(url, Map.of("If-None-Match", before.get(url)));
            assertThat(next.status()).as("after publishing: " + url).isEqualTo(200);
            assertThat(next.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before.get(url));
        }
        assertThat(Api.get("/board/" + HZ, null).body()).contains(title);
        String noticeUrl = "/board/" + HZ + "/notices/" + notice.getString("id");
        Api.Reply page = Api.get(noticeUrl, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(Api.getWith(noticeUrl, Map.of("If-None-Match", page.headers().firstValue("ETag").orElseThrow())).status())
                .isEqualTo(304);
        Map<String, String> published = etags(urls);

        JsonObject current = Api.get(Publishing.path(HZ) + "/" + notice.getString("id"), Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(Publishing.withdraw(HZ, HUANGZHUANG_REVIEWER, current).status()).isEqualTo(200);
        for (String url : urls) {
            Api.Reply next = Api.getWith(url, Map.of("If-None-Match", published.get(url)));
            assertThat(next.status()).as("after withdrawing: " + url).isEqualTo(200);
        }
        assertThat(Api.get("/board/" + HZ, null).body()).doesNotContain(title);
        assertThat(Api.getWith(noticeUrl, Map.of("If-None-Match", page.headers().firstValue("ETag").orElseThrow())).status())
                .as("a withdrawn notice is gone, whatever the client had").isEqualTo(410);
    }

    @Test
    void a_new_board_section_shows_on_the_next_request_too() {
        String url = "/board/" + HZ;
        String etag = Api.get(url, null).headers().firstValue("ETag").orElseThrow();
        String name = "党建" + CatalogIT.marker();
        Api.Reply added = Api.post("/api/divisions/" + HZ + "/sections", Tokens.of(org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN),
                jakarta.json.Json.createObjectBuilder().add("name", name).build());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Api.Reply next = Api.getWith(url, Map.of("If-None-Match", etag));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body()).contains(name);
    }

    private static Map<String, String> etags(List<String> urls) {
        Map<String, String> tags = new java.util.HashMap<>();
        for (String url : urls) {
            tags.put(url, Api.get(url, null).headers().firstValue("ETag").orElseThrow());
        }
        return tags;
    }
}
