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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * Board sections (栏目) through the API and on the public board: level defaults, a county
 * administrator changing a village's sections, notices filed under a section, and the refusals
 * across tenants.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardSectionsIT {

    private static final String HZ_SECTIONS = "/api/divisions/330328101200/sections";
    private static final String HZ_NOTICES = "/api/divisions/330328101200/notices";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    private static JsonArray array(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static List<String> names(JsonArray sections) {
        return sections.stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    private static JsonObject section(JsonArray sections, String key) {
        return sections.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_public_sections_of_a_village_and_of_a_town_are_their_levels_defaults_in_order() {
        // 西里村 is changed by no test: it reads the village defaults.
        assertThat(names(array(Api.get("/api/public/divisions/330328101202/sections", null))))
                .containsExactly("村务公开", "财务公开", "社会救助", "扶贫项目与资金", "土地与宅基地", "惠农补贴", "村规民约", "其他");
        assertThat(names(array(Api.get("/api/public/divisions/330328101/sections", null))))
                .containsExactly("政策文件", "政策解读", "社会救助", "乡村振兴与扶贫", "土地征收与补偿", "财政预决算",
                        "重大建设项目", "公共服务", "其他");
        assertThat(Api.get("/api/public/divisions/999999999999/sections", null).status()).isEqualTo(404);
    }

    @Test
    void the_county_admin_renames_and_adds_village_sections_and_a_clerks_notice_shows_under_its_sections_heading() {
        String admin = Tokens.of(WENCHENG_ADMIN);
        JsonArray before = array(Api.get(HZ_SECTIONS, admin));
        JsonObject assistance = section(before, "social-assistance");
        String renamed = "低保特困与临时救助" + suffix();
        Api.Reply rename = Api.put(HZ_SECTIONS + "/social-assistance", admin, Json.createObjectBuilder()
                .add("name", renamed).add("version", assistance.getJsonNumber("version").longValue()).build());
        assertThat(rename.status()).as(rename.body()).isEqualTo(200);
        assertThat(rename.json().getString("name")).isEqualTo(renamed);

        // The same version again is stale now.
        Api.Reply stale = Api.put(HZ_SECTIONS + "/social-assistance", admin, Json.createObjectBuilder()
                .add("name", "旧版本" + suffix()).add("version", assistance.getJsonNumber("version").longValue()).build());
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);

        String added = "党务公开" + suffix();
        Api.Reply add = Api.post(HZ_SECTIONS, admin, Json.createObjectBuilder().add("name", added).build());
        assertThat(add.status()).as(add.body()).isEqualTo(201);
        String addedKey = add.json().getString("key");
        JsonArray publicSections = array(Api.get("/api/public/divisions/330328101200/sections", null));
        assertThat(names(publicSections)).contains(renamed, added).doesNotContain("社会救助");
        assertThat(publicSections.stream().map(v -> v.asJsonObject().getInt("position")).toList())
                .as("positions stay dense").isEqualTo(java.util.stream.IntStream.rangeClosed(1, publicSections.size()).boxed().toList());

        String title = "2026年第二季度低保名单公示 " + suffix();
        Api.Reply created = Api.post(HZ_NOTICES, Tokens.of(HUANGZHUANG_CLERK), Json.createObjectBuilder()
                .add("title", title).add("body", "名单见附表。").add("section", "social-assistance")
                .add("catalogItem", "social-assistance.dibao").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ_NOTICES, created.json());

        String board = Api.get("/board/330328101200", null).body();
        int start = board.indexOf("<section class=\"board-section\" id=\"section-social-assistance\">");
        assertThat(start).as(board).isNotNegative();
        String group = board.substring(start, board.indexOf("</section>", start));
        assertThat(group).contains("<h3>" + renamed + "</h3>").contains(title);
        String filtered = Api.get("/board/330328101200?section=social-assistance", null).body();
        assertThat(filtered).contains(title);
        assertThat(Api.get("/board/330328101200?section=" + addedKey, null).body()).doesNotContain(title);
    }

    @Test
    void an_unknown_section_key_is_refused_with_400_and_a_chinese_message() {
        Api.Reply refused = Api.post(HZ_NOTICES, Tokens.of(HUANGZHUANG_CLERK), Json.createObjectBuilder()
                .add("title", "栏目不存在的公告").add("body", "正文").add("section", "no-such-section").build());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getString("error")).isEqualTo("error.section.unknown");
        assertThat(refused.json().getString("message")).contains("栏目").contains("no-such-section");
    }

    @Test
    void a_clerk_and_another_countys_admin_cannot_change_sections_and_a_neighbour_cannot_read_them() {
        JsonObject rename = Json.createObjectBuilder().add("name", "越权改名").add("version", 0).build();
        JsonObject add = Json.createObjectBuilder().add("name", "越权添加").build();

        assertThat(Api.put(HZ_SECTIONS + "/village-rules", Tokens.of(HUANGZHUANG_CLERK), rename).status()).isEqualTo(403);
        assertThat(Api.post(HZ_SECTIONS, Tokens.of(HUANGZHUANG_CLERK), add).status()).isEqualTo(403);
        assertThat(Api.put("/api/divisions/330213001001/sections/village-rules", Tokens.of(WENCHENG_ADMIN), rename).status())
                .isEqualTo(403);
        assertThat(Api.post("/api/divisions/330213001001/sections", Tokens.of(WENCHENG_ADMIN), add).status()).isEqualTo(403);
        Api.Reply neighbour = Api.get(HZ_SECTIONS, Tokens.of(XILI_CLERK));
        assertThat(neighbour.status()).as(neighbour.body()).isEqualTo(403);
        assertThat(names(array(Api.get("/api/public/divisions/330213001001/sections", null)))).doesNotContain("越权改名", "越权添加");
    }
}
