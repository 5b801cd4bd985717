package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_HEAD;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * The public catalog through the real server: filters narrow the board and the JSON alike, a
 * county or town shows its subtree with each notice's board named, and a village never shows its
 * neighbour's notices on any of the new endpoints (list, facets, feed, notice by id).
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    private static final String HZ = "330328101200";
    private static final String XL = "330328101202";
    private static final String TOWN = "330328101";
    private static final String COUNTY = "330328";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void filters_narrow_the_board_the_json_and_the_facets_by_whole_values() {
        String m = marker();
        String topic = "低保" + m;
        String a = "甲" + m;
        String b = "乙" + m;
        String c = "丙" + m;
        Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), a, "ANNOUNCEMENT", List.of(topic), "民政办" + m, List.of("村民"));
        Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), b, "REPORT", List.of(topic, "财务" + m), "村委会" + m, List.of("困难群众"));
        // A topic the first is a prefix of: must not match it.
        Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), c, "REPORT", List.of(topic + "户"), "村委会" + m, List.of("村民"));

        assertThat(titles(HZ, "topic=" + enc(topic))).containsExactlyInAnyOrder(a, b);
        assertThat(titles(HZ, "topic=" + enc(topic + "户"))).containsExactly(c);
        assertThat(titles(HZ, "genre=REPORT&agency=" + enc("村委会" + m))).containsExactlyInAnyOrder(b, c);
        assertThat(titles(HZ, "topic=" + enc(topic) + "&audience=" + enc("困难群众"))).containsExactly(b);
        assertThat(titles(HZ, "topic=" + enc(topic) + "&year=2001")).isEmpty();
        JsonObject page = Api.get("/api/public/divisions/" + HZ + "/notices?topic=" + enc(topic) + "&size=1", null).json();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSize(1);

        Api.Reply board = Api.get("/board/" + HZ + "?topic=" + enc(topic), null);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains(a).contains(b).doesNotContain(c)
                // The dimensions as links with counts, and the way to the search page and the feed.
                .contains("?topic=" + enc(topic + "户")).contains("href=\"/board/" + HZ + "/search\"")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");

        JsonObject facets = Api.get("/api/public/divisions/" + HZ + "/catalog?topic=" + enc(topic), null).json();
        assertThat(facets.getInt("total")).isEqualTo(2);
        assertThat(count(facets.getJsonArray("topics"), topic)).isEqualTo(2);
        assertThat(count(facets.getJsonArray("topics"), topic + "户")).as("other topics still offered").isEqualTo(1);
        assertThat(count(facets.getJsonArray("agencies"), "村委会" + m)).isEqualTo(1);

        Api.Reply badJson = Api.get("/api/public/divisions/" + HZ + "/notices?genre=POEM", null);
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().getString("message")).contains("体裁");
        Api.Reply badYear = Api.get("/board/" + HZ + "?year=abc", null);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("年份应为 2000 至 2100").doesNotContain("Exception");
        assertThat(Api.get("/api/public/divisions/" + HZ + "/notices?scope=all", null).status()).isEqualTo(400);
    }

    @Test
    void a_county_or_town_shows_its_subtree_but_a_village_never_its_neighbours_notices() {
        String m = marker();
        String topic = "农业" + m;
        String town = "镇" + m;
        String hz = "篁庄" + m;
        String xl = "西里" + m;
        Publishing.publish(TOWN, BAIZHANGJI_CLERK, List.of(BAIZHANGJI_REVIEWER, BAIZHANGJI_HEAD), town, null, List.of(topic), null, List.of());
        JsonObject hzNotice = Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), hz, null, List.of(topic), null, List.of());
        Publishing.publish(XL, XILI_CLERK, List.of(XILI_REVIEWER), xl, null, List.of(topic), null, List.of());

        assertThat(titles(COUNTY, "scope=subtree&topic=" + enc(topic))).containsExactlyInAnyOrder(town, hz, xl);
        assertThat(titles(TOWN, "scope=subtree&topic=" + enc(topic))).containsExactlyInAnyOrder(town, hz, xl);
        assertThat(titles(TOWN, "topic=" + enc(topic))).containsExactly(town);
        assertThat(titles(XL, "scope=subtree&topic=" + enc(topic))).containsExactly(xl);

        Api.Reply county = Api.get("/board/" + COUNTY + "?scope=subtree&topic=" + enc(topic), null);
        assertThat(county.body()).contains(town).contains(hz).contains(xl)
                .contains("<span class=\"notice-division\">篁庄村委会</span>")
                .contains("<span class=\"notice-division\">西里村委会</span>")
                .contains("href=\"/board/" + HZ + "/notices/" + hzNotice.getString("id") + "\"");
        assertThat(Api.get("/board/" + COUNTY + "?topic=" + enc(topic), null).body()).doesNotContain(hz);

        // Xili's board, its facets, its feed and its notice URLs never show Huangzhuang's notice.
        assertThat(Api.get("/board/" + XL + "?scope=subtree&topic=" + enc(topic), null).body()).contains(xl).doesNotContain(hz);
        JsonObject xlFacets = Api.get("/api/public/divisions/" + XL + "/catalog?scope=subtree&topic=" + enc(topic), null).json();
        assertThat(xlFacets.getInt("total")).isEqualTo(1);
        assertThat(Api.get("/board/" + XL + "/feed.atom?scope=subtree", null).body()).doesNotContain(hz);
        assertThat(Api.get("/board/" + XL + "/notices/" + hzNotice.getString("id"), null).status()).isEqualTo(404);
        assertThat(Api.get("/api/public/divisions/" + XL + "/notices/" + hzNotice.getString("id"), null).status()).isEqualTo(404);
        assertThat(Api.get("/api/public/divisions/" + TOWN + "/notices/" + hzNotice.getString("id"), null).status())
                .as("a town's own notice URL is not its villages'").isEqualTo(404);
    }

    @Test
    void divisions_are_navigable_up_and_down() {
        JsonArray counties = Json.createReader(new StringReader(Api.get("/api/public/divisions", null).body())).readArray();
        assertThat(counties.stream().map(v -> v.asJsonObject().getString("code"))).contains(COUNTY);
        JsonObject town = Api.get("/api/public/divisions/" + TOWN, null).json();
        assertThat(town.getString("name")).isEqualTo("百丈漈镇");
        assertThat(town.getString("level")).isEqualTo("TOWN");
        assertThat(town.getJsonObject("parent").getString("code")).isEqualTo(COUNTY);
        assertThat(town.getJsonArray("children").stream().map(v -> v.asJsonObject().getString("code"))).contains(HZ, XL);
        assertThat(Api.get("/api/public/divisions/" + COUNTY, null).json().get("parent")).isEqualTo(JsonValue.NULL);
        assertThat(Api.get("/api/public/divisions/999999999999", null).status()).isEqualTo(404);
    }

    @Test
    void the_openapi_document_is_at_a_stable_url_and_lists_the_public_endpoints() {
        Api.Reply yaml = Api.getBare("/openapi");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/public/divisions/{code}/notices");
        Api.Reply json = Api.getBare("/openapi?format=JSON");
        assertThat(json.status()).isEqualTo(200);
        JsonObject paths = json.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/public/divisions/{code}/notices", "/api/public/divisions/{code}/catalog",
                "/api/public/divisions/{code}", "/api/public/divisions");
        assertThat(paths.getJsonObject("/api/public/divisions/{code}/notices").getJsonObject("get").getJsonArray("parameters")
                .stream().map(p -> p.asJsonObject().getString("name"))).contains("topic", "genre", "agency", "audience", "year", "scope");
    }

    private static List<String> titles(String division, String query) {
        Api.Reply reply = Api.get("/api/public/divisions/" + division + "/notices?size=100&" + query, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("title")).toList();
    }

    private static long count(JsonArray counts, String value) {
        return counts.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("value").equals(value))
                .mapToLong(o -> o.getJsonNumber("count").longValue()).findFirst().orElse(0);
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
