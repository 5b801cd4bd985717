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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.FENGZHONG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_OFFICE_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_OFFICE_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;

/**
 * County oversight through the API with real tokens: the county's compliance with scores and named
 * deductions, a bulletin issued, downloaded as PDF and read, submitted as a notice and published, the
 * quarterly cards, and every cross-tenant path refused.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OversightIT {

    private static final String COUNTY = "330328";
    private static final String TOWN = "330328101";
    private static final String VILLAGE = "330328101200";
    private static final String NEIGHBOUR = "330328101202";
    private static final String FENGHUA = "330213";
    private static final String FENGZHONG = "330213001001";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String month() {
        return YearMonth.from(today()).toString();
    }

    private static String quarter() {
        return today().getYear() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1);
    }

    private static JsonObject issue(String division, String kind, String field, String period) {
        Api.Reply r = Api.post("/api/divisions/" + division + "/" + kind, Tokens.of(WENCHENG_SUPERVISOR),
                Json.createObjectBuilder().add(field, period).build());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private record Download(int status, String contentType, byte[] bytes) {
    }

    private static Download download(String path, String token) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.base() + path))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bulletin", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonObject tenant(JsonArray tenants, String code) {
        return tenants.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("divisionCode").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code));
    }

    @Test
    void the_county_supervisor_reads_every_tenants_score_with_named_deductions_and_the_findings_of_one() {
        String token = Tokens.of(WENCHENG_SUPERVISOR);
        Api.get("/api/divisions/" + COUNTY + "/compliance", token); // warm up
        long start = System.nanoTime();
        Api.Reply r = Api.get("/api/divisions/" + COUNTY + "/compliance", token);
        System.out.println("GET compliance of 文成县 (264 divisions): " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getString("rootCode")).isEqualTo(COUNTY);
        assertThat(body.getBoolean("catalogAssessed")).isTrue();
        JsonArray tenants = body.getJsonArray("tenants");
        assertThat(tenants).hasSize(264);
        JsonObject village = tenant(tenants, VILLAGE);
        assertThat(village.getInt("score")).isBetween(0, 100);
        assertThat(village.getString("colour")).isIn("GREEN", "YELLOW", "RED");
        JsonArray deductions = village.getJsonArray("deductions");
        assertThat(deductions.stream().map(d -> d.asJsonObject().getString("factor")))
                .containsExactly("CATALOG_OVERDUE", "ZOMBIE_SECTION", "REQUEST_OVERDUE", "REREVIEW_DUE");
        JsonObject zombies = deductions.getJsonObject(1);
        assertThat(zombies.getInt("count")).isPositive();
        assertThat(zombies.getString("rule")).contains("僵尸栏目");

        Api.Reply items = Api.get("/api/divisions/" + COUNTY + "/compliance/" + VILLAGE + "/items", Tokens.of(WENCHENG_SUPERVISOR));
        assertThat(items.status()).as(items.body()).isEqualTo(200);
        assertThat(items.body()).contains("\"ZOMBIE_SECTION\"").contains("\"divisionCode\":\"" + VILLAGE + "\"")
                .doesNotContain(NEIGHBOUR);
    }

    @Test
    void a_bulletin_is_issued_downloaded_as_pdf_and_read_then_submitted_as_a_notice_and_published() throws Exception {
        JsonObject bulletin = issue(COUNTY, "bulletins", "month", month());
        String id = bulletin.getString("id");
        assertThat(bulletin.getString("kind")).isEqualTo("BULLETIN");
        assertThat(bulletin.getString("computedOn")).isEqualTo(today().toString());
        assertThat(bulletin.getString("title")).startsWith("文成县政务公开工作月月通报");

        Download pdf = download("/api/divisions/" + COUNTY + "/bulletins/" + id + "/pdf", Tokens.of(WENCHENG_SUPERVISOR));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdfText(pdf.bytes())).contains("月月通报").contains("得分排名").contains("百丈漈镇").contains("篁庄村委会");
        Download docx = download("/api/divisions/" + COUNTY + "/bulletins/" + id + "/docx", Tokens.of(WENCHENG_SUPERVISOR));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        Api.Reply list = Api.get("/api/divisions/" + COUNTY + "/bulletins", Tokens.of(WENCHENG_OFFICE_CLERK));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(id);

        Api.Reply submitted = Api.post("/api/divisions/" + COUNTY + "/bulletins/" + id + "/publish",
                Tokens.of(WENCHENG_OFFICE_CLERK), Json.createObjectBuilder().add("version", bulletin.getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String noticeId = submitted.json().getString("noticeId");

        String notices = Publishing.path(COUNTY);
        Api.Reply notice = Api.get(notices + "/" + noticeId, Tokens.of(WENCHENG_OFFICE_CLERK));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().getString("status")).isEqualTo("IN_REVIEW");
        assertThat(notice.json().getString("catalogItem")).isEqualTo("open.oversight");
        Api.Reply approved = Workflow.approve(WENCHENG_OFFICE_REVIEWER, notices, notice.json());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");

        Api.Reply again = Api.post("/api/divisions/" + COUNTY + "/bulletins/" + id + "/publish",
                Tokens.of(WENCHENG_OFFICE_CLERK), Json.createObjectBuilder().add("version", submitted.json().getJsonNumber("version").longValue()).build());
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().getString("message")).contains("不能重复提交");
    }

    @Test
    void the_quarterly_cards_are_issued_with_their_rule_and_are_not_a_bulletin() throws Exception {
        JsonObject cards = issue(TOWN, "cards", "quarter", quarter());
        String id = cards.getString("id");
        assertThat(cards.getString("body")).contains("亮牌规则").contains("篁庄村委会（330328101200）");
        Download pdf = download("/api/divisions/" + TOWN + "/cards/" + id + "/pdf", Tokens.of(WENCHENG_SUPERVISOR));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdfText(pdf.bytes())).contains("每季亮牌").contains("牌");
        assertThat(Api.get("/api/divisions/" + TOWN + "/bulletins/" + id, Tokens.of(WENCHENG_SUPERVISOR)).status()).isEqualTo(404);
        assertThat(Api.get("/api/divisions/" + TOWN + "/cards", Tokens.of(WENCHENG_SUPERVISOR)).body()).contains(id);
    }

    @Test
    void village_and_town_staff_read_only_their_own_division_and_another_county_is_refused() {
        Api.Reply own = Api.get("/api/divisions/" + VILLAGE + "/compliance", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().getJsonArray("tenants")).hasSize(1);

        assertThat(Api.get("/api/divisions/" + NEIGHBOUR + "/compliance", Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/" + COUNTY + "/compliance", Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/" + VILLAGE + "/compliance", Tokens.of(BAIZHANGJI_CLERK)).status()).isEqualTo(403);
        Api.Reply town = Api.get("/api/divisions/" + TOWN + "/compliance", Tokens.of(BAIZHANGJI_CLERK));
        assertThat(town.json().getJsonArray("tenants")).hasSize(1);
        assertThat(Api.get("/api/divisions/" + TOWN + "/compliance/" + VILLAGE + "/items", Tokens.of(BAIZHANGJI_CLERK)).status())
                .isEqualTo(404);

        Api.Reply otherCounty = Api.get("/api/divisions/" + FENGHUA + "/compliance", Tokens.of(WENCHENG_SUPERVISOR));
        assertThat(otherCounty.status()).isEqualTo(403);
        assertThat(otherCounty.json().getString("message")).isEqualTo("您无权访问其他区划的数据。");
        assertThat(Api.get("/api/divisions/" + COUNTY + "/compliance/" + FENGZHONG + "/items", Tokens.of(WENCHENG_SUPERVISOR))
                .status()).isEqualTo(404);
        assertThat(Api.get("/api/divisions/" + FENGHUA + "/bulletins", Tokens.of(WENCHENG_SUPERVISOR)).status()).isEqualTo(403);
    }

    @Test
    void nobody_outside_reads_or_publishes_a_countys_bulletin_and_bad_input_is_said_plainly() {
        JsonObject bulletin = issue(COUNTY, "bulletins", "month", month());
        String id = bulletin.getString("id");

        assertThat(Api.get("/api/divisions/" + COUNTY + "/bulletins/" + id, Tokens.of(FENGZHONG_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/" + FENGZHONG + "/bulletins/" + id, Tokens.of(FENGZHONG_CLERK)).status()).isEqualTo(404);
        assertThat(download("/api/divisions/" + FENGZHONG + "/bulletins/" + id + "/pdf", Tokens.of(FENGZHONG_CLERK)).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/divisions/" + VILLAGE + "/bulletins/" + id, Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(404);
        assertThat(Api.post("/api/divisions/" + COUNTY + "/bulletins", Tokens.of(HUANGZHUANG_CLERK),
                Json.createObjectBuilder().add("month", month()).build()).status()).isEqualTo(403);
        Api.Reply supervisorPublishes = Api.post("/api/divisions/" + COUNTY + "/bulletins/" + id + "/publish",
                Tokens.of(WENCHENG_SUPERVISOR), Json.createObjectBuilder().add("version", 0).build());
        assertThat(supervisorPublishes.status()).as("the supervisor reads; the county's clerk publishes").isEqualTo(403);

        Api.Reply bad = Api.post("/api/divisions/" + COUNTY + "/bulletins", Tokens.of(WENCHENG_SUPERVISOR),
                Json.createObjectBuilder().add("month", "十一月").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("error")).isEqualTo("error.oversight.month-invalid");
        assertThat(bad.json().getString("message")).isEqualTo("请按“2026-11”的格式填写通报月份。");
        Api.Reply future = Api.post("/api/divisions/" + COUNTY + "/cards", Tokens.of(WENCHENG_SUPERVISOR),
                Json.createObjectBuilder().add("quarter", (today().getYear() + 1) + "-Q1").build());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getString("message")).contains("尚未开始");
    }
}
