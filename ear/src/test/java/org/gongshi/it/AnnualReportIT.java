package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.document.Readers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.FENGZHONG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;

/**
 * The annual report of 百丈漈镇 through the REST API with real Keycloak tokens: the JSON tables follow the
 * requests, texts and entries are saved with their version, Word and PDF open in LibreOffice and pdftotext,
 * finalising freezes the numbers, reopening needs a reason, publishing submits a notice for review; another
 * division's staff are refused on every endpoint, and the county reads the subtree's sum.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnualReportIT {

    private static final String TOWN = "330328101";
    private static final String VILLAGE = "330328101200";
    private static final String COUNTY = "330328";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String REPORT = "/api/divisions/" + TOWN + "/annual-reports/" + YEAR;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject version(long version) {
        return Json.createObjectBuilder().add("version", version).build();
    }

    private static long cell(JsonObject report, String key) {
        return report.getJsonObject("cells").getJsonNumber(key).longValue();
    }

    /** Registers a request of {@code type} received today and answers it as disclosed. */
    private static void registeredAndAnswered(String token, String type) {
        Api.Reply registered = Api.post("/api/divisions/" + TOWN + "/requests", token, Json.createObjectBuilder()
                .add("channel", "IN_PERSON").add("receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .add("applicantType", type).add("applicantName", "某公司").add("applicantContact", "0577-12345678")
                .add("description", "年度报告测试申请 " + java.util.UUID.randomUUID()).build());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonObject request = registered.json().getJsonObject("request");
        Api.Reply answered = Api.post("/api/divisions/" + TOWN + "/requests/" + request.getString("id") + "/answer", token,
                Json.createObjectBuilder().add("version", request.getJsonNumber("version").longValue())
                        .add("replyType", "DISCLOSED").build());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    private static JsonObject draft(String token) {
        Api.Reply got = Api.get(REPORT, token);
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        JsonObject report = got.json();
        if ("FINALISED".equals(report.getString("state"))) { // a server data directory kept from an earlier run
            Api.Reply reopened = Api.post(REPORT + "/reopen", token, Json.createObjectBuilder()
                    .add("version", report.getJsonNumber("version").longValue()).add("reason", "测试重新开始").build());
            assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
            return reopened.json();
        }
        return report;
    }

    private static HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_town_computes_saves_downloads_finalises_reopens_and_publishes_its_report() throws Exception {
        String clerk = Tokens.of(BAIZHANGJI_CLERK);
        JsonObject before = draft(clerk);
        assertThat(before.getString("scope")).isEqualTo("own");
        assertThat(before.getString("divisionName")).isEqualTo("百丈漈镇");
        assertThat(before.getJsonObject("cells")).containsKeys("t3.NEW.NATURAL_PERSON", "t3.RESULT_TOTAL.TOTAL",
                "t3.CARRIED_OUT.OTHER", "t2.normative.inForce", "t2.fees.amount", "t4.LITIGATION_AFTER_REVIEW.PENDING");
        assertThat(before.getJsonArray("checks")).hasSize(42);

        registeredAndAnswered(clerk, "COMMERCIAL_ENTERPRISE");
        JsonObject after = Api.get(REPORT, clerk).json();
        assertThat(cell(after, "t3.NEW.COMMERCIAL_ENTERPRISE")).isEqualTo(cell(before, "t3.NEW.COMMERCIAL_ENTERPRISE") + 1);
        assertThat(cell(after, "t3.DISCLOSED.COMMERCIAL_ENTERPRISE"))
                .isEqualTo(cell(before, "t3.DISCLOSED.COMMERCIAL_ENTERPRISE") + 1);
        assertThat(cell(after, "t3.NEW.TOTAL")).isEqualTo(cell(before, "t3.NEW.TOTAL") + 1);
        assertThat(after.getBoolean("balanced")).as(after.getJsonArray("checks").toString()).isTrue();
        assertThat(after.getJsonArray("checks").getValuesAs(JsonObject.class)).allMatch(c -> c.getBoolean("holds"));

        // texts and entries, with the version; a stale save is refused
        long version = after.getJsonNumber("version").longValue();
        JsonObject body = Json.createObjectBuilder().add("version", version)
                .add("overview", "2026年，百丈漈镇坚持以公开为常态。").add("problems", "公开栏更新不够及时。")
                .add("entries", Json.createObjectBuilder().add("licensingDecisions", 5).add("feesTenThousandYuan", 1.25)).build();
        Api.Reply saved = Api.put(REPORT, clerk, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(cell(saved.json(), "t2.licensing.decisions")).isEqualTo(5);
        assertThat(saved.json().getJsonObject("texts").getString("overview")).startsWith("2026年");
        assertThat(Api.put(REPORT, clerk, body).status()).isEqualTo(409);
        Api.Reply badFees = Api.put(REPORT, clerk, Json.createObjectBuilder()
                .add("version", saved.json().getJsonNumber("version").longValue())
                .add("entries", Json.createObjectBuilder().add("feesTenThousandYuan", 1.234567)).build());
        assertThat(badFees.status()).isEqualTo(400);
        assertThat(badFees.json().getString("message")).contains("万元");

        // Word and PDF, opened with the real readers
        HttpResponse<byte[]> docx = download(REPORT + "/docx", clerk);
        HttpResponse<byte[]> pdf = download(REPORT + "/pdf", clerk);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        String word = Readers.wordTexts(Map.of("report", docx.body())).get("report");
        String text = Readers.pdfText(pdf.body());
        for (String read : new String[] {word, text}) {
            assertThat(read).contains("百丈漈镇" + YEAR + "年政府信息公开工作年度报告", "一、总体情况", "坚持以公开为常态",
                    "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项", "1.25");
            assertThat(read).contains(Long.toString(cell(saved.json(), "t3.NEW.TOTAL")));
        }

        // finalise freezes the numbers
        Api.Reply finalised = Api.post(REPORT + "/finalise", clerk, version(saved.json().getJsonNumber("version").longValue()));
        assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
        assertThat(finalised.json().getString("state")).isEqualTo("FINALISED");
        registeredAndAnswered(clerk, "COMMERCIAL_ENTERPRISE");
        JsonObject frozen = Api.get(REPORT, clerk).json();
        assertThat(cell(frozen, "t3.NEW.TOTAL")).isEqualTo(cell(finalised.json(), "t3.NEW.TOTAL"));
        long frozenVersion = frozen.getJsonNumber("version").longValue();
        assertThat(Api.put(REPORT, clerk, Json.createObjectBuilder().add("version", frozenVersion).build()).status())
                .isEqualTo(409);

        // reopening needs a reason; then the numbers follow the data again
        Api.Reply noReason = Api.post(REPORT + "/reopen", clerk, version(frozenVersion));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("message")).contains("理由");
        Api.Reply reopened = Api.post(REPORT + "/reopen", clerk, Json.createObjectBuilder().add("version", frozenVersion)
                .add("reason", "补录一件申请").build());
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(cell(reopened.json(), "t3.NEW.TOTAL")).isEqualTo(cell(frozen, "t3.NEW.TOTAL") + 1);

        // only a finalised report is published, as a notice submitted for review, once
        long draftVersion = reopened.json().getJsonNumber("version").longValue();
        assertThat(Api.post(REPORT + "/publish", clerk, version(draftVersion)).status()).isEqualTo(409);
        JsonObject again = Api.post(REPORT + "/finalise", clerk, version(draftVersion)).json();
        Api.Reply published = Api.post(REPORT + "/publish", clerk, version(again.getJsonNumber("version").longValue()));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().getString("status")).isEqualTo("IN_REVIEW");
        assertThat(published.json().getString("genre")).isEqualTo("REPORT");
        assertThat(published.json().getString("title")).isEqualTo("百丈漈镇" + YEAR + "年政府信息公开工作年度报告");
        JsonObject handed = Api.get(REPORT, clerk).json();
        assertThat(handed.getString("publishedNoticeId")).isEqualTo(published.json().getString("id"));
        assertThat(Api.post(REPORT + "/publish", clerk, version(handed.getJsonNumber("version").longValue())).status())
                .isEqualTo(409);
    }

    @Test
    void another_divisions_staff_are_refused_on_every_endpoint_and_the_county_only_reads() throws Exception {
        String village = Tokens.of(HUANGZHUANG_CLERK);
        String elsewhere = Tokens.of(FENGZHONG_CLERK);
        JsonObject step = Json.createObjectBuilder().add("version", 0).add("reason", "试图重新打开").build();
        for (String token : new String[] {village, elsewhere}) {
            assertThat(Api.get(REPORT, token).status()).isEqualTo(403);
            assertThat(Api.get(REPORT + "?aggregate=subtree", token).status()).isEqualTo(403);
            Api.Reply put = Api.put(REPORT, token, Json.createObjectBuilder().add("version", 0).add("overview", "篡改").build());
            assertThat(put.status()).isEqualTo(403);
            assertThat(put.json().getString("message")).contains("其他区划");
            assertThat(Api.post(REPORT + "/finalise", token, step).status()).isEqualTo(403);
            assertThat(Api.post(REPORT + "/reopen", token, step).status()).isEqualTo(403);
            assertThat(Api.post(REPORT + "/publish", token, step).status()).isEqualTo(403);
            HttpResponse<byte[]> docx = download(REPORT + "/docx", token);
            HttpResponse<byte[]> pdf = download(REPORT + "/pdf", token);
            assertThat(docx.statusCode()).isEqualTo(403);
            assertThat(pdf.statusCode()).isEqualTo(403);
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("百丈漈镇");
        }
        // the village's own report is its own: the town's requests are not in it
        Api.Reply own = Api.get("/api/divisions/" + VILLAGE + "/annual-reports/" + YEAR, village);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().getString("division")).isEqualTo(VILLAGE);
        assertThat(Api.get("/api/divisions/" + VILLAGE + "/annual-reports/" + YEAR + "?aggregate=subtree", village).status())
                .isEqualTo(403);

        // the town's reviewer reads but does not write
        String reviewer = Tokens.of(BAIZHANGJI_REVIEWER);
        assertThat(Api.get(REPORT, reviewer).status()).isEqualTo(200);
        assertThat(Api.put(REPORT, reviewer, Json.createObjectBuilder().add("version", 0).build()).status()).isEqualTo(403);

        // the county reads the town's report and the subtree's sum, and changes nothing
        String county = Tokens.of(WENCHENG_SUPERVISOR);
        Api.Reply town = Api.get(REPORT, county);
        assertThat(town.status()).as(town.body()).isEqualTo(200);
        Api.Reply sum = Api.get("/api/divisions/" + COUNTY + "/annual-reports/" + YEAR + "?aggregate=subtree", county);
        assertThat(sum.status()).as(sum.body()).isEqualTo(200);
        assertThat(sum.json().getString("scope")).isEqualTo("subtree");
        assertThat(cell(sum.json(), "t3.NEW.TOTAL")).isGreaterThanOrEqualTo(cell(town.json(), "t3.NEW.TOTAL"));
        assertThat(sum.json().getBoolean("balanced")).isTrue();
        assertThat(download("/api/divisions/" + COUNTY + "/annual-reports/" + YEAR + "/pdf?aggregate=subtree", county)
                .statusCode()).isEqualTo(200);
        assertThat(Api.put(REPORT, county, Json.createObjectBuilder().add("version", 0).build()).status()).isEqualTo(403);
        assertThat(Api.post(REPORT + "/finalise", county, step).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/330213/annual-reports/" + YEAR + "?aggregate=subtree", county).status())
                .isEqualTo(403);

        // bad input is refused in Chinese
        Api.Reply badYear = Api.get("/api/divisions/" + TOWN + "/annual-reports/20x5", Tokens.of(BAIZHANGJI_CLERK));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().getString("message")).contains("年度");
        assertThat(Api.get("/api/divisions/" + TOWN + "/annual-reports/2001", Tokens.of(BAIZHANGJI_CLERK)).status())
                .isEqualTo(400);
        assertThat(Api.get(REPORT + "?aggregate=everything", county).status()).isEqualTo(400);
        assertThat(Api.get(REPORT, null).status()).isEqualTo(401);
    }
}
