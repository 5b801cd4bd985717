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
}
