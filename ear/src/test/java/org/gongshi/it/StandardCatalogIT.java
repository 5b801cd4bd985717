package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * The standard catalog (公开事项标准目录) through the API with real tokens: the seeded items, notices
 * filed under an item before review, a village adapting its own catalog, the county pushing, the overdue
 * list, and the refusals across tenants on every endpoint.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandardCatalogIT {

    private static final String HZ = "/api/divisions/330328101200";
    private static final String XL = "/api/divisions/330328101202";
    private static final String BZJ = "/api/divisions/330328101";
    private static final String WC = "/api/divisions/330328";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static JsonArray array(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static JsonObject item(JsonArray items, String key) {
        return items.stream().map(v -> v.asJsonObject()).filter(i -> i.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + key));
    }

    private static boolean has(JsonArray items, String division, String key) {
        return items.stream().map(v -> v.asJsonObject())
                .anyMatch(i -> i.getString("divisionCode").equals(division) && i.getString("itemKey").equals(key));
    }

    @Test
    void a_village_reads_its_seeded_catalog_and_a_neighbour_or_another_county_cannot() {
        JsonArray items = array(Api.get(HZ + "/catalog", Tokens.of(HUANGZHUANG_CLERK)));
        JsonObject dibao = item(items, "social-assistance.dibao");
        assertThat(dibao.getString("level1")).isEqualTo("社会救助");
        assertThat(dibao.getString("level2")).isEqualTo("最低生活保障");
        assertThat(dibao.getString("ruleText")).isEqualTo("信息形成或变更之日起20个工作日内");
        assertThat(dibao.getString("legalBasis")).contains("社会救助暂行办法");
        assertThat(dibao.getString("modeName")).isEqualTo("主动公开");
        assertThat(dibao.getBoolean("mandatory")).isTrue();
        item(items, "poverty.households");
        item(items, "village.finance");
        item(items, "other");
        assertThat(item(array(Api.get(BZJ + "/catalog", Tokens.of(BAIZHANGJI_CLERK))), "open.annual-report")
                .getString("ruleText")).isEqualTo("每年1月31日前");
        // The county supervisor reads any division of the county.
        item(array(Api.get(HZ + "/catalog", Tokens.of(WENCHENG_SUPERVISOR))), "social-assistance.tekun");

        assertThat(Api.get(HZ + "/catalog", Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(BZJ + "/catalog", Tokens.of(HUANGZHUANG_CLERK)).status()).as("not even the town above").isEqualTo(403);
        assertThat(Api.get("/api/divisions/330213001001/catalog", Tokens.of(WENCHENG_SUPERVISOR)).status()).isEqualTo(403);
        assertThat(Api.get(HZ + "/catalog", null).status()).isEqualTo(401);
        // What the county hands down: the county office only.
        item(array(Api.get(WC + "/catalog/upstream?level=VILLAGE", Tokens.of(WENCHENG_SUPERVISOR))), "village.finance");
        assertThat(Api.get(WC + "/catalog/upstream?level=VILLAGE", Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(BZJ + "/catalog/upstream?level=VILLAGE", Tokens.of(BAIZHANGJI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(WC + "/catalog/upstream?level=HAMLET", Tokens.of(WENCHENG_SUPERVISOR)).status()).isEqualTo(400);
    }

    @Test
    void a_notice_goes_to_review_only_filed_under_an_item_of_its_divisions_catalog() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        Api.Reply draft = Api.post(HZ + "/notices", token, Json.createObjectBuilder()
                .add("title", "未归类的公告 " + suffix()).add("body", "正文").build());
        assertThat(draft.status()).as("a draft may wait for its item").isEqualTo(201);
        JsonObject notice = draft.json();
        Api.Reply refused = Api.post(HZ + "/notices/" + notice.getString("id") + "/submit?version="
                + Workflow.version(notice), token, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("error")).isEqualTo("error.catalog.notice-item-required");
        assertThat(refused.json().getString("message")).contains("公开事项");

        Api.Reply unknown = Api.post(HZ + "/notices", token, Json.createObjectBuilder().add("title", "公告")
                .add("body", "正文").add("catalogItem", "open.annual-report").build());
        assertThat(unknown.status()).as("a village has no annual-report item").isEqualTo(422);
        assertThat(unknown.json().getString("message")).contains("open.annual-report");

        Api.Reply filed = Api.put(HZ + "/notices/" + notice.getString("id"), token, Json.createObjectBuilder()
                .add("title", notice.getString("title")).add("body", "正文").add("catalogItem", "social-assistance.temporary")
                .add("version", Workflow.version(notice)).build());
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().getString("catalogItem")).isEqualTo("social-assistance.temporary");
        JsonObject inReview = Workflow.submit(HUANGZHUANG_CLERK, HZ + "/notices", filed.json());
        assertThat(inReview.getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void the_village_administrator_adapts_its_own_catalog_only() {
        String admin = Tokens.of(HUANGZHUANG_ADMIN);
        JsonObject rules = item(array(Api.get(HZ + "/catalog", admin)), "village.rules");
        String name = "村规民约（修订）" + suffix();
        Api.Reply renamed = Api.put(HZ + "/catalog/items/village.rules", admin, Json.createObjectBuilder()
                .add("level2", name).add("version", rules.getJsonNumber("version").longValue()).build());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().getString("level2")).isEqualTo(name);
        assertThat(renamed.json().getString("standardLevel2")).isEqualTo("村规民约、村民自治章程");
        assertThat(item(array(Api.get(XL + "/catalog", Tokens.of(XILI_CLERK))), "village.rules").getString("level2"))
                .isEqualTo("村规民约、村民自治章程");

        Api.Reply mandatory = Api.put(HZ + "/catalog/items/social-assistance.dibao", admin, Json.createObjectBuilder()
                .add("enabled", false).add("version", 0).build());
        assertThat(mandatory.status()).isEqualTo(400);
        assertThat(mandatory.json().getString("message")).contains("必选事项");

        Api.Reply own = Api.post(HZ + "/catalog/items", admin, Json.createObjectBuilder()
                .add("level1", "村务公开").add("level2", "村级公益事业建设" + suffix()).add("rule", "quarterly")
                .add("responsible", "村民委员会").add("channels", Json.createArrayBuilder().add("村务公开栏/电子屏")).build());
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().getString("key")).startsWith("own-");
        assertThat(own.json().getString("ruleText")).isEqualTo("每季度更新");
        Api.Reply badRule = Api.post(HZ + "/catalog/items", admin, Json.createObjectBuilder()
                .add("level1", "村务公开").add("level2", "x").add("rule", "weekly").build());
        assertThat(badRule.status()).isEqualTo(400);
        assertThat(badRule.json().getString("message")).contains("公开时限");

        // The village admin cannot touch the neighbour's catalog; a clerk and the county cannot adapt a village's.
        JsonObject change = Json.createObjectBuilder().add("level2", "改名").add("version", 0).build();
        assertThat(Api.put(XL + "/catalog/items/village.rules", admin, change).status()).isEqualTo(403);
        assertThat(Api.post(XL + "/catalog/items/village.rules/reset", admin,
                Json.createObjectBuilder().add("version", 0).build()).status()).isEqualTo(403);
        assertThat(Api.post(XL + "/catalog/items", admin, Json.createObjectBuilder().add("level1", "村务公开")
                .add("level2", "别人的事项").add("rule", "event").build()).status()).isEqualTo(403);
        assertThat(Api.put(HZ + "/catalog/items/village.rules", Tokens.of(HUANGZHUANG_CLERK), change).status()).isEqualTo(403);
        assertThat(Api.put(HZ + "/catalog/items/village.rules", Tokens.of(WENCHENG_ADMIN), change).status()).isEqualTo(403);
        assertThat(item(array(Api.get(XL + "/catalog", Tokens.of(XILI_CLERK))), "village.rules").getBoolean("adapted")).isFalse();
    }

    @Test
    void the_county_pushes_to_its_villages_and_a_village_or_town_cannot_push() {
        String key = "county-it-" + suffix();
        JsonObject body = Json.createObjectBuilder().add("key", key)
                .add("levels", Json.createArrayBuilder().add("VILLAGE"))
                .add("level1", "惠农补贴").add("level2", "耕地地力保护补贴" + key.substring(10))
                .add("contentElements", "补贴对象、面积、标准、金额").add("legalBasis", "《关于全面推开农业“三项补贴”改革工作的通知》")
                .add("rule", "yearly:03-31").add("responsible", "村民委员会").add("audience", "本村村民").build();
        assertThat(Api.post(BZJ + "/catalog/push", Tokens.of(BAIZHANGJI_CLERK), body).status()).isEqualTo(403);
        assertThat(Api.post(WC + "/catalog/push", Tokens.of(BAIZHANGJI_CLERK), body).status()).isEqualTo(403);
        assertThat(Api.post(HZ + "/catalog/push", Tokens.of(HUANGZHUANG_ADMIN), body).status())
                .as("a village administrator cannot push").isEqualTo(403);
        assertThat(array(Api.get(XL + "/catalog", Tokens.of(XILI_CLERK))).stream()
                .noneMatch(v -> v.asJsonObject().getString("key").equals(key))).isTrue();

        Api.Reply pushed = Api.post(WC + "/catalog/push", Tokens.of(WENCHENG_ADMIN), body);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.json().getBoolean("created")).isTrue();
        JsonObject reached = item(array(Api.get(XL + "/catalog", Tokens.of(XILI_CLERK))), key);
        assertThat(reached.getString("origin")).isEqualTo("PUSHED");
        assertThat(reached.getString("ruleText")).isEqualTo("每年3月31日前");
        assertThat(array(Api.get(BZJ + "/catalog", Tokens.of(BAIZHANGJI_CLERK))).stream()
                .noneMatch(v -> v.asJsonObject().getString("key").equals(key))).as("pushed to villages only").isTrue();

        // A change of an item the village adapted keeps the adaptation and marks it for review.
        String admin = Tokens.of(HUANGZHUANG_ADMIN);
        Api.Reply adapted = Api.put(HZ + "/catalog/items/" + key, admin, Json.createObjectBuilder()
                .add("level2", "地力补贴" + suffix()).add("version", 0).build());
        assertThat(adapted.status()).as(adapted.body()).isEqualTo(200);
        JsonObject changed = Json.createObjectBuilder(body).add("rule", "working-days:20").build();
        Api.Reply second = Api.post(WC + "/catalog/push", Tokens.of(WENCHENG_SUPERVISOR), changed);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getInt("revision")).isEqualTo(2);
        JsonObject marked = item(array(Api.get(HZ + "/catalog", admin)), key);
        assertThat(marked.getBoolean("upstreamChanged")).isTrue();
        assertThat(marked.getString("level2")).isEqualTo(adapted.json().getString("level2"));
        assertThat(marked.getString("ruleText")).isEqualTo("信息形成或变更之日起20个工作日内");
        Api.Reply reviewed = Api.put(HZ + "/catalog/items/" + key, admin, Json.createObjectBuilder().add("review", true)
                .add("version", marked.getJsonNumber("version").longValue()).build());
        assertThat(reviewed.json().getBoolean("upstreamChanged")).isFalse();
    }

    @Test
    void the_overdue_list_covers_the_subtree_for_the_county_and_one_division_for_its_staff() {
        // Published today under village.finance (quarterly): fine today, overdue a year later.
        JsonObject draft = Api.post(HZ + "/notices", Tokens.of(HUANGZHUANG_CLERK), Json.createObjectBuilder()
                .add("title", "三季度财务公开 " + suffix()).add("body", "收支明细见附表。").add("catalogItem", "village.finance")
                .build()).json();
        Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ + "/notices", draft);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonArray county = array(Api.get(WC + "/catalog/overdue?today=" + today, Tokens.of(WENCHENG_SUPERVISOR)));
        assertThat(has(county, "330328101200", "village.finance")).as("just published").isFalse();
        assertThat(has(county, "330328101202", "village.finance")).as("never published").isTrue();
        assertThat(has(county, "330328101", "open.annual-report") || has(county, "330328101", "rural.policy")).isTrue();
        JsonObject never = county.stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("divisionCode").equals("330328101202") && i.getString("itemKey").equals("village.finance"))
                .findFirst().orElseThrow();
        assertThat(never.isNull("lastPublished")).isTrue();
        assertThat(never.getString("rule")).isEqualTo("每季度更新");

        JsonArray later = array(Api.get(HZ + "/catalog/overdue?today=" + today.plusYears(1), Tokens.of(HUANGZHUANG_CLERK)));
        JsonObject stale = later.stream().map(v -> v.asJsonObject()).filter(i -> i.getString("itemKey").equals("village.finance"))
                .findFirst().orElseThrow();
        assertThat(stale.getString("lastPublished")).isEqualTo(today.toString());
        assertThat(later.stream().map(v -> v.asJsonObject().getString("divisionCode")).distinct())
                .as("a clerk sees own division only").containsExactly("330328101200");

        assertThat(Api.get(WC + "/catalog/overdue", Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(HZ + "/catalog/overdue", Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(HZ + "/catalog/overdue?today=gestern", Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(400);
    }
}
