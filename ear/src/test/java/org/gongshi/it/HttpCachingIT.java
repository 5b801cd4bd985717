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
