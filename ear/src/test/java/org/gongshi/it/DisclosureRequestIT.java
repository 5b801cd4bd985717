package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_HEAD;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;

/**
 * A disclosure request from the public to the town of 百丈漈镇, end to end: filed online, followed
 * with its access code (and guessing refused), handled by the town, invisible to a village, read
 * but not changed by the county, and protected against stale writes.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureRequestIT {

    private static final String TOWN = "330328101";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject filed() {
        Api.Reply reply = Api.post("/api/public/divisions/" + TOWN + "/requests", null, Json.createObjectBuilder()
                .add("applicantType", "NATURAL_PERSON").add("applicantName", "王小明").add("applicantContact", "13800000000")
                // Unique: the same request filed again within 10 minutes is refused as a repeat (ResidentRequestsIT).
                .add("description", "2026年百丈漈镇道路硬化工程的招标文件 " + java.util.UUID.randomUUID()).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static Api.Reply follow(String receipt, String code) {
        return Api.getWith("/api/public/requests/" + receipt, code == null ? Map.of() : Map.of("X-Access-Code", code));
    }

    @Test
    void the_public_files_online_and_follows_with_the_code_and_guessing_is_refused() {
        JsonObject intake = filed();
        String receipt = intake.getString("receiptNumber");
        String code = intake.getString("accessCode");
        assertThat(receipt).matches(TOWN + "-\\d{4}-\\d{4}");
        assertThat(code).hasSize(12);
        assertThat(intake.getJsonObject("due").getJsonArray("explanation")).isNotEmpty();

        Api.Reply status = follow(receipt, code);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        JsonObject body = status.json();
        assertThat(body.getString("state")).isEqualTo("RECEIVED");
        assertThat(body.getJsonObject("due").getString("date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body.getJsonObject("due").containsKey("provisional")).isTrue();
        assertThat(status.body()).doesNotContain("王小明").doesNotContain("13800000000").doesNotContain("public");
        assertThat(status.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        Api.Reply unknown = follow(TOWN + "-2026-9999", code);
        Api.Reply wrong = follow(receipt, "ABCDEFGHJKMN");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().getString("error")).isEqualTo(unknown.json().getString("error"));
        assertThat(wrong.json().getString("message")).isEqualTo(unknown.json().getString("message"));
        for (int i = 1; i < 5; i++) {
            assertThat(follow(receipt, "ABCDEFGHJKM" + i).status()).isEqualTo(404);
        }
        Api.Reply limited = follow(receipt, code);
        assertThat(limited.status()).as("even the right code waits once the receipt is blocked").isEqualTo(429);
        assertThat(limited.json().getString("message")).contains("15分钟");
    }

    @Test
    void bad_filings_are_refused_in_chinese() {
        Api.Reply noType = Api.post("/api/public/divisions/" + TOWN + "/requests", null, Json.createObjectBuilder()
                .add("applicantName", "王小明").add("applicantContact", "1").add("description", "文件").build());
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().getString("message")).contains("申请人类型");
        Api.Reply noDivision = Api.post("/api/public/divisions/999999/requests", null, Json.createObjectBuilder()
                .add("applicantType", "OTHER").add("applicantName", "甲").add("applicantContact", "1").add("description", "文件").build());
        assertThat(noDivision.status()).isEqualTo(404);
    }

    @Test
    void the_town_handles_it_a_village_cannot_reach_it_and_the_county_reads_but_cannot_change_it() {
        String receipt = filed().getString("receiptNumber");
        String town = Tokens.of(BAIZHANGJI_CLERK);
        Api.Reply list = Api.get("/api/divisions/" + TOWN + "/requests", town);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonObject mine = list.body().isEmpty() ? null : Json.createReader(new java.io.StringReader(list.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("receiptNumber").equals(receipt))
                .findFirst().orElseThrow();
        String id = mine.getString("id");
        assertThat(mine.getString("applicantName")).isEqualTo("王小明");
        assertThat(mine.getJsonObject("due").getJsonArray("explanation")).isNotEmpty();
        long version = mine.getJsonNumber("version").longValue();

        // A village clerk: addressing the town is refused; addressing their own village does not find it.
        String village = Tokens.of(HUANGZHUANG_CLERK);
        assertThat(Api.get("/api/divisions/" + TOWN + "/requests/" + id, village).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/330328101200/requests/" + id, village).status()).isEqualTo(404);
        assertThat(Api.post("/api/divisions/330328101200/requests/" + id + "/start-consultation", village,
                Json.createObjectBuilder().add("version", version).build()).status()).isEqualTo(404);
        assertThat(Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/start-consultation", village,
                Json.createObjectBuilder().add("version", version).build()).status()).isEqualTo(403);

        // The county sees it in its subtree's due list but cannot change it.
        String county = Tokens.of(WENCHENG_SUPERVISOR);
        Api.Reply due = Api.get("/api/divisions/330328/requests/due?within=20", county);
        assertThat(due.status()).as(due.body()).isEqualTo(200);
        assertThat(due.body()).contains(receipt);
        assertThat(Api.get("/api/divisions/" + TOWN + "/requests/" + id, county).status()).isEqualTo(200);
        Api.Reply countyWrite = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/start-consultation", county,
                Json.createObjectBuilder().add("version", version).build());
        assertThat(countyWrite.status()).isEqualTo(403);

        // The town starts a consultation; a second write on the old version is refused.
        Api.Reply started = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/start-consultation", town,
                Json.createObjectBuilder().add("version", version).build());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().getString("state")).isEqualTo("CONSULTING_THIRD_PARTY");
        assertThat(started.json().getJsonObject("due").getBoolean("provisional")).isTrue();
        Api.Reply stale = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/end-consultation", town,
                Json.createObjectBuilder().add("version", version).build());
        assertThat(stale.status()).isEqualTo(409);
        // A transition the state does not allow is refused in Chinese.
        Api.Reply notNow = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/answer", town,
                Json.createObjectBuilder().add("version", started.json().getJsonNumber("version").longValue())
                        .add("replyType", "DISCLOSED").build());
        assertThat(notNow.status()).isEqualTo(409);
        assertThat(notNow.json().getString("error")).isEqualTo("error.disclosure.answer-not-now");
        assertThat(notNow.json().getString("message")).contains("征求第三方意见");
        // A clerk is not the head of the disclosure office.
        Api.Reply extend = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/extend", town,
                Json.createObjectBuilder().add("version", started.json().getJsonNumber("version").longValue())
                        .add("workingDays", 10).add("applicantTold", "电话").build());
        assertThat(extend.status()).isEqualTo(403);

        // The consultation ends; the head of the disclosure office extends once, and only once.
        Api.Reply ended = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/end-consultation", town,
                Json.createObjectBuilder().add("version", started.json().getJsonNumber("version").longValue()).build());
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        String dueBefore = ended.json().getJsonObject("due").getString("date");
        String head = Tokens.of(BAIZHANGJI_HEAD);
        Api.Reply extended = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/extend", head,
                Json.createObjectBuilder().add("version", ended.json().getJsonNumber("version").longValue())
                        .add("workingDays", 10).add("applicantTold", "电话告知").build());
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().getString("state")).isEqualTo("EXTENDED");
        assertThat(java.time.LocalDate.parse(extended.json().getJsonObject("due").getString("date")))
                .isAfter(java.time.LocalDate.parse(dueBefore));
        Api.Reply again = Api.post("/api/divisions/" + TOWN + "/requests/" + id + "/extend", head,
                Json.createObjectBuilder().add("version", extended.json().getJsonNumber("version").longValue())
                        .add("workingDays", 5).add("applicantTold", "电话告知").build());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("message")).isNotBlank();
    }

    private static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    private static String requestId(String token, String receipt) {
        Api.Reply list = Api.get("/api/divisions/" + TOWN + "/requests", token);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("receiptNumber").equals(receipt)).findFirst().orElseThrow().getString("id");
    }

    @Test
    void a_fee_and_a_reply_go_out_as_letters_that_only_the_town_the_county_and_the_code_holder_can_open() {
        JsonObject intake = filed();
        String receipt = intake.getString("receiptNumber");
        String town = Tokens.of(BAIZHANGJI_CLERK);
        String id = requestId(town, receipt);
        String base = "/api/divisions/" + TOWN + "/requests/" + id;
        Api.Reply current = Api.get(base, town);

        // A fee notice by pages stops the clock; the payment lets it run again.
        Api.Reply fee = Api.post(base + "/notice-fee", town, Json.createObjectBuilder().add("version", version(current))
                .add("feeMethod", "PER_PAGE").add("pages", 150).build());
        assertThat(fee.status()).as(fee.body()).isEqualTo(200);
        assertThat(fee.json().getString("state")).isEqualTo("AWAITING_FEE");
        assertThat(fee.json().getJsonObject("fee").getInt("yuan")).isEqualTo(1700);
        Api.Reply paid = Api.post(base + "/settle-fee", town, Json.createObjectBuilder().add("version", version(fee)).build());
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().getString("state")).isEqualTo("RECEIVED");

        // A partial disclosure without its reason is refused in Chinese; with it, the letter is written.
        Api.Reply noReason = Api.post(base + "/answer", town, Json.createObjectBuilder().add("version", version(paid))
                .add("replyType", "PARTLY_DISCLOSED").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("message")).contains("理由");
        Api.Reply answered = Api.post(base + "/answer", town, Json.createObjectBuilder().add("version", version(paid))
                .add("replyType", "PARTLY_DISCLOSED").add("reason", "投标人银行账户属于个人信息（第十五条），其余公开。").build());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("resultRow")).isEqualTo("PARTLY_DISCLOSED");

        Api.Reply documents = Api.get(base + "/documents", town);
        assertThat(documents.status()).as(documents.body()).isEqualTo(200);
        java.util.List<JsonObject> docs = Json.createReader(new java.io.StringReader(documents.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(docs).extracting(d -> d.getString("kind") + "/" + d.getString("format")).containsExactly(
                "FEE_NOTICE/DOCX", "FEE_NOTICE/PDF", "REPLY_LETTER/DOCX", "REPLY_LETTER/PDF");
        String letter = docs.get(3).getString("id");
        Api.Reply pdf = Api.get(base + "/documents/" + letter, town);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(pdf.body()).startsWith("%PDF-");

        // A village clerk reaches neither the list nor the letter; the county reads both.
        String village = Tokens.of(HUANGZHUANG_CLERK);
        assertThat(Api.get(base + "/documents", village).status()).isEqualTo(403);
        assertThat(Api.get(base + "/documents/" + letter, village).status()).isEqualTo(403);
        assertThat(Api.get("/api/divisions/330328101200/requests/" + id + "/documents/" + letter, village).status()).isEqualTo(404);
        String county = Tokens.of(WENCHENG_SUPERVISOR);
        assertThat(Api.get(base + "/documents/" + letter, county).status()).isEqualTo(200);
        assertThat(Api.post(base + "/deliver", county, Json.createObjectBuilder().add("version", version(answered))
                .add("deliveryMethod", "ONLINE").build()).status()).isEqualTo(403);

        // The applicant sees the letters with the code, and downloads one; without the code nothing.
        Api.Reply status = follow(receipt, intake.getString("accessCode"));
        assertThat(status.json().getJsonArray("documents")).hasSize(4);
        Api.Reply own = Api.getWith("/api/public/requests/" + receipt + "/documents/" + letter,
                Map.of("X-Access-Code", intake.getString("accessCode")));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).startsWith("%PDF-");
        assertThat(Api.getWith("/api/public/requests/" + receipt + "/documents/" + letter, Map.of()).status()).isEqualTo(404);

        Api.Reply delivered = Api.post(base + "/deliver", town, Json.createObjectBuilder().add("version", version(answered))
                .add("deliveryMethod", "ONLINE").add("note", "申请人凭查询码在线领取").build());
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.json().getJsonObject("delivery").getString("method")).isEqualTo("ONLINE");
    }

    @Test
    void review_and_litigation_records_are_kept_by_the_town_and_read_by_the_county() {
        String receipt = filed().getString("receiptNumber");
        String town = Tokens.of(BAIZHANGJI_CLERK);
        String id = requestId(town, receipt);
        String base = "/api/divisions/" + TOWN + "/requests/" + id + "/challenges";
        Api.Reply filed = Api.post(base, town, Json.createObjectBuilder().add("kind", "ADMINISTRATIVE_REVIEW")
                .add("filedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()).build());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().getString("outcome")).isEqualTo("PENDING");
        String county = Tokens.of(WENCHENG_SUPERVISOR);
        assertThat(Api.get(base, county).body()).contains(filed.json().getString("id"));
        assertThat(Api.post(base, county, Json.createObjectBuilder().add("kind", "LITIGATION_DIRECT")
                .add("filedOn", "2026-01-01").build()).status()).isEqualTo(403);
        assertThat(Api.get(base, Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(403);
        Api.Reply decided = Api.post(base + "/" + filed.json().getString("id") + "/decide", town, Json.createObjectBuilder()
                .add("version", version(filed)).add("outcome", "UPHELD")
                .add("decidedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()).build());
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().getString("outcome")).isEqualTo("UPHELD");
        assertThat(Api.get("/api/divisions/" + TOWN + "/requests/proactive-candidates", town).status()).isEqualTo(200);
        assertThat(Api.get("/api/divisions/" + TOWN + "/requests/proactive-candidates", Tokens.of(HUANGZHUANG_CLERK))
                .status()).isEqualTo(403);
    }
}
