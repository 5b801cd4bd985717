package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.web.site.XssCorpus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * Residents file and follow disclosure requests on the public site and at the reading-point kiosk,
 * against the real server: the HTML form end to end with the code shown once and then working, the
 * form kept on a refusal, a double post that files once (HTML token and JSON Idempotency-Key, also
 * at the same moment), the filing limit (429), the kiosk's own channel and confinement, and no
 * village seeing another village's request through its pages. Each test posts from its own loopback
 * address ({@link Resident}), so that each has its own filing allowance.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentRequestsIT {

    private static final String TOWN = "330328101";
    private static final String HZ = "330328101200";
    private static final String XL = "330328101202";
    private static final Set<String> FORM_ELEMENTS = Set.of("form", "input", "label", "fieldset", "legend", "textarea", "button",
            "dl", "dt", "dd", "script", "noscript");
    private static final Set<String> FORM_ATTRIBUTES = Set.of("method", "action", "accept-charset", "value", "for", "checked", "maxlength",
            "rows", "aria-required", "aria-invalid", "aria-describedby", "autocomplete", "spellcheck", "autocapitalize", "data-print",
            "hidden", "defer", "aria-labelledby", "aria-live");
    private static final int IDLE_SECONDS = Integer.getInteger("gongshi.kiosk.test-idle-seconds", 15);

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The receipt number and the code (without its spaces) of a confirmation page. */
    private record Shown(String receipt, String code) {
        static Shown of(Api.Reply confirmation) {
            Document page = Jsoup.parse(confirmation.body());
            return new Shown(page.select("#receipt-number").text(), page.select("#access-code").text().replace(" ", ""));
        }
    }

    private static Map<String, String> follow(String receipt, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("receipt", receipt);
        fields.put("accessCode", code);
        return fields;
    }

    /** Staff of {@code division}: the requests with this description. */
    private static List<JsonObject> staffSee(org.gongshi.tenancy.keycloak.DemoAccount clerk, String division, String description) {
        Api.Reply list = Api.get("/api/divisions/" + division + "/requests", Tokens.of(clerk));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("description").equals(description)).toList();
    }

    private static void assertPrivate(Api.Reply reply) {
        assertThat(reply.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_resident_files_on_the_board_sees_the_code_once_large_and_follows_the_request_with_it() {
        Resident resident = new Resident(11);
        Document board = resident.page("/board/" + TOWN);
        assertThat(board.select("#board-request").attr("href")).isEqualTo("/board/" + TOWN + "/requests/new");
        assertThat(board.select("#board-request").text()).isEqualTo("申请政府信息公开");

        String path = "/board/" + TOWN + "/requests/new";
        Api.Reply form = resident.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertPrivate(form);
        String description = unique("2026年百丈漈镇道路硬化工程的招标文件");
        Map<String, String> fields = resident.filledIn(path, "王小明", description);

        Api.Reply confirmation = resident.post(path, fields);
        assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
        assertPrivate(confirmation);
        assertThat(confirmation.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        Shown shown = Shown.of(confirmation);
        assertThat(shown.receipt()).matches(TOWN + "-\\d{4}-\\d{4}");
        assertThat(shown.code()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
        Document page = Jsoup.parse(confirmation.body());
        assertThat(page.select(".remember").text()).isEqualTo("请记下受理编号和查询码");
        assertThat(page.select("#due-date").text()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*");
        assertThat(page.select("#due-explanation li")).isNotEmpty();
        assertThat(page.select("script[src]").attr("src")).isEqualTo("/board/requests/print.js");
        assertThat(resident.get("/board/requests/print.js").body()).contains("window.print()");

        // The code works: on the town's follow page and on the site-wide one, the state in plain words.
        Api.Reply status = resident.post("/board/" + TOWN + "/requests/follow", follow(shown.receipt(), shown.code().toLowerCase()));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertPrivate(status);
        Document followed = Jsoup.parse(status.body());
        assertThat(followed.select("#request-state").text()).isEqualTo("已受理");
        assertThat(followed.select("#request-state-words").text()).contains("正在办理");
        assertThat(followed.select("#due-date").text()).isEqualTo(page.select("#due-date").text());
        assertThat(followed.select("#due-explanation li").eachText()).isEqualTo(page.select("#due-explanation li").eachText());
        assertThat(status.body()).doesNotContain("王小明").doesNotContain("13800000000").doesNotContain(shown.code());
        Api.Reply global = resident.post("/board/requests/follow", follow(shown.receipt(), shown.code()));
        assertThat(Jsoup.parse(global.body()).select("#request-state").text()).isEqualTo("已受理");

        // Staff of the town see it, received online, with the way the applicant wants the reply.
        List<JsonObject> seen = staffSee(BAIZHANGJI_CLERK, TOWN, description);
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().getString("receiptNumber")).isEqualTo(shown.receipt());
        assertThat(seen.getFirst().getString("channel")).isEqualTo("ONLINE");
        assertThat(seen.getFirst().getString("preferredReply")).isEqualTo("POST");

        // Reloading the confirmation posts the form again: the same receipt and code, and still one request.
        Shown again = Shown.of(resident.post(path, fields));
        assertThat(again).isEqualTo(shown);
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).hasSize(1);
    }

    @Test
    void once_answered_the_resident_downloads_the_reply_letter_from_the_follow_page_and_nowhere_else() {
        Resident resident = new Resident(19);
        String path = "/board/" + TOWN + "/requests/new";
        resident.get(path);
        String description = unique("2026年农村饮水安全工程验收报告");
        Shown shown = Shown.of(resident.post(path, resident.filledIn(path, "李四", description)));
        JsonObject request = staffSee(BAIZHANGJI_CLERK, TOWN, description).getFirst();
        Api.Reply answered = Api.post("/api/divisions/" + TOWN + "/requests/" + request.getString("id") + "/answer",
                Tokens.of(BAIZHANGJI_CLERK), Json.createObjectBuilder().add("version", request.getJsonNumber("version").longValue())
                        .add("replyType", "DISCLOSED").build());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        Document followed = Jsoup.parse(resident.post("/board/" + TOWN + "/requests/follow", follow(shown.receipt(), shown.code())).body());
        assertThat(followed.select("#request-state").text()).isEqualTo("已答复");
        assertThat(followed.select("#request-letters button").eachText()).containsExactly("答复书（Word）", "答复书（PDF）");
        String pdf = followed.select("#request-letters form").get(1).select("input[name=document]").attr("value");

        Map<String, String> letter = follow(shown.receipt(), shown.code());
        letter.put("document", pdf);
        Api.Reply download = resident.post("/board/" + TOWN + "/requests/follow", letter);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertPrivate(download);
        assertThat(download.body()).startsWith("%PDF-");

        // A neighbouring village's page, a wrong code, and the kiosk hand out nothing.
        assertThat(resident.post("/board/" + HZ + "/requests/follow", letter).body()).doesNotStartWith("%PDF");
        Map<String, String> wrong = follow(shown.receipt(), "ABCDEFGHJKMN");
        wrong.put("document", pdf);
        Api.Reply refused = resident.post("/board/" + TOWN + "/requests/follow", wrong);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotStartWith("%PDF");
        Api.Reply kiosk = resident.post("/kiosk/" + TOWN + "/follow", letter);
        assertThat(kiosk.body()).doesNotStartWith("%PDF").contains("不提供文书下载");
    }

    @Test
    void a_refused_form_keeps_everything_typed_and_names_each_problem_next_to_its_field() {
        Resident resident = new Resident(12);
        String path = "/board/" + TOWN + "/requests/new";
        String contact = unique("浙江省文成县百丈漈镇篁庄村18号");
        Map<String, String> fields = resident.filledIn(path, "", "第一行\n第二行" + "描".repeat(4000));
        fields.put("applicantContact", contact);
        fields.put("applicantType", "RESEARCH_INSTITUTION");

        Api.Reply refused = resident.post(path, fields);
        assertThat(refused.status()).isEqualTo(400);
        assertPrivate(refused);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#request-name-error").text()).isEqualTo("请填写申请人姓名或名称。");
        assertThat(page.select("#request-description-error").text()).contains("4000");
        assertThat(page.select("#request-contact").attr("value")).isEqualTo(contact);
        assertThat(page.select("#request-description").first().wholeText()).endsWith("第一行\n第二行" + "描".repeat(4000));
        assertThat(page.select("input[name=applicantType][checked]").attr("value")).isEqualTo("RESEARCH_INSTITUTION");
        assertThat(page.select("input[name=preferredReply][checked]").attr("value")).isEqualTo("POST");
        assertThat(page.select("input[name=formToken]").attr("value")).isEqualTo(fields.get("formToken"));
        assertThat(page.select("#form-errors a").eachAttr("href")).containsExactly("#request-name", "#request-description");
        assertThat(Api.get("/api/divisions/" + TOWN + "/requests", Tokens.of(BAIZHANGJI_CLERK)).body()).doesNotContain(contact);
    }

    @Test
    void a_double_click_files_one_request_and_both_answers_show_the_same_receipt_and_code() {
        Resident resident = new Resident(13);
        String path = "/board/" + TOWN + "/requests/new";
        String description = unique("百丈漈镇2026年危房改造补助对象名单");
        Map<String, String> fields = resident.filledIn(path, "李四", description);

        CompletableFuture<Api.Reply> first = resident.postAsync(path, fields);
        CompletableFuture<Api.Reply> second = resident.postAsync(path, fields);
        Api.Reply a = first.join();
        Api.Reply b = second.join();
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(Shown.of(a)).isEqualTo(Shown.of(b));
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).hasSize(1);

        // The same request from a freshly loaded form (a new token) is caught by its content: the earlier receipt, never its code.
        Map<String, String> again = resident.filledIn(path, "李四", description);
        Api.Reply repeat = resident.post(path, again);
        assertThat(repeat.status()).isEqualTo(409);
        Document page = Jsoup.parse(repeat.body());
        assertThat(page.select("#form-problem").text()).contains(Shown.of(a).receipt()).contains("10分钟内");
        assertThat(repeat.body()).doesNotContain(Shown.of(a).code());
        assertThat(page.select("#request-description").first().wholeText()).isEqualTo(description);
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).hasSize(1);
    }

    @Test
    void the_json_api_answers_a_repeated_idempotency_key_with_the_same_receipt_and_code_even_at_the_same_moment() {
        Resident client = new Resident(14);
        String path = "/api/public/divisions/" + TOWN + "/requests";
        String description = unique("百丈漈镇2026年村级公益事业建设项目资金");
        String body = Json.createObjectBuilder().add("applicantType", "COMMERCIAL_ENTERPRISE").add("applicantName", "文成某建设有限公司")
                .add("applicantContact", "0577-67000000").add("description", description).add("preferredReply", "EMAIL").build().toString();
        String key = UUID.randomUUID().toString();

        CompletableFuture<Api.Reply> one = client.sendAsync(client.json(path, body, key));
        CompletableFuture<Api.Reply> two = client.sendAsync(client.json(path, body, key));
        Api.Reply a = one.join();
        Api.Reply b = two.join();
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(a.json().getString("receiptNumber")).isEqualTo(b.json().getString("receiptNumber"));
        assertThat(a.json().getString("accessCode")).isEqualTo(b.json().getString("accessCode"));
        assertThat(List.of(a, b)).filteredOn(r -> r.headers().firstValue("Idempotency-Replayed").isPresent()).hasSize(1);
        assertThat(a.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).hasSize(1);

        Api.Reply reused = client.send(client.json(path, body.replace(description, description + "（补充）"), key));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().getString("error")).isEqualTo("error.intake.key-reused");
        Api.Reply noKey = client.send(client.json(path, body, null));
        assertThat(noKey.status()).isEqualTo(409);
        assertThat(noKey.json().getString("error")).isEqualTo("error.disclosure.duplicate-filing");
        assertThat(noKey.json().getString("message")).contains(a.json().getString("receiptNumber"))
                .doesNotContain(a.json().getString("accessCode"));
        assertThat(client.send(client.json(path, body, "short")).status()).isEqualTo(400);
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).hasSize(1);
    }

    @Test
    void one_address_files_at_most_five_requests_in_ten_minutes_and_then_gets_429_in_chinese() {
        Resident resident = new Resident(15);
        String path = "/board/" + TOWN + "/requests/new";
        for (int i = 0; i < 5; i++) {
            Api.Reply filed = resident.post(path, resident.filledIn(path, "赵六", unique("限额测试 " + i)));
            assertThat(filed.status()).as("filing %d: %s", i + 1, filed.body()).isEqualTo(200);
        }
        String description = unique("限额测试 6");
        Api.Reply limited = resident.post(path, resident.filledIn(path, "赵六", description));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(Jsoup.parse(limited.body()).select(".refusal").text()).matches("提交申请过于频繁，请\\d+分钟后再试。");
        assertThat(Jsoup.parse(limited.body()).select("html").attr("lang")).isEqualTo("zh-CN");

        Api.Reply json = resident.send(resident.json("/api/public/divisions/" + TOWN + "/requests", Json.createObjectBuilder()
                .add("applicantType", "NATURAL_PERSON").add("applicantName", "赵六").add("applicantContact", "1")
                .add("description", unique("限额测试 JSON")).build().toString(), null));
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.json().getString("message")).startsWith("提交申请过于频繁");
        assertThat(json.headers().firstValue("Retry-After")).isPresent();
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).isEmpty();

        // Another address files as usual.
        Resident neighbour = new Resident(16);
        assertThat(neighbour.post(path, neighbour.filledIn(path, "钱七", unique("限额测试 邻居"))).status()).isEqualTo(200);
    }

    @Test
    void a_kiosk_files_with_the_kiosk_channel_and_every_request_page_stays_inside_its_village() {
        Resident kiosk = new Resident(17);
        String home = "/kiosk/" + HZ + "/";
        Document homePage = kiosk.page(home);
        assertThat(homePage.select("#kiosk-request").attr("href")).isEqualTo(home + "request");
        assertThat(homePage.select("#kiosk-follow").attr("href")).isEqualTo(home + "follow");

        Api.Reply form = kiosk.get(home + "request");
        assertThat(form.status()).isEqualTo(200);
        assertPrivate(form);
        assertConfined(form, home);
        String description = unique("篁庄村2026年村级财务收支明细");
        Api.Reply confirmation = kiosk.post(home + "request", kiosk.filledIn(home + "request", "孙八", description));
        assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
        assertPrivate(confirmation);
        assertConfined(confirmation, home);
        Shown shown = Shown.of(confirmation);
        assertThat(shown.receipt()).startsWith(HZ + "-");
        assertThat(Jsoup.parse(confirmation.body()).select("#print-receipt").text()).isEqualTo("打印凭条");

        Api.Reply status = kiosk.post(home + "follow", follow(shown.receipt(), shown.code()));
        assertThat(status.status()).isEqualTo(200);
        assertConfined(status, home);
        assertThat(Jsoup.parse(status.body()).select("#request-state").text()).isEqualTo("已受理");
        Api.Reply followForm = kiosk.get(home + "follow");
        assertPrivate(followForm);
        assertConfined(followForm, home);

        List<JsonObject> seen = staffSee(HUANGZHUANG_CLERK, HZ, description);
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().getString("channel")).isEqualTo("KIOSK");

        // A refused kiosk form stays in the kiosk too.
        Map<String, String> empty = kiosk.filledIn(home + "request", "", "");
        Api.Reply refused = kiosk.post(home + "request", empty);
        assertThat(refused.status()).isEqualTo(400);
        assertConfined(refused, home);
    }

    private static void assertConfined(Api.Reply reply, String kiosk) {
        Document page = Jsoup.parse(reply.body());
        assertThat(page.select("a[href]:not(.skip)").eachAttr("href")).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(kiosk));
        assertThat(page.select("form").eachAttr("action")).allSatisfy(action -> assertThat(action).startsWith(kiosk));
        assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_villages_request_is_never_visible_through_another_divisions_pages_or_staff() {
        Resident resident = new Resident(18);
        String path = "/board/" + HZ + "/requests/new";
        String description = unique("篁庄村土地承包经营权流转合同");
        Shown shown = Shown.of(resident.post(path, resident.filledIn(path, "周九", description)));
        assertThat(shown.receipt()).startsWith(HZ + "-");

        Api.Reply unknown = resident.post("/board/" + XL + "/requests/follow", follow(XL + "-2026-9999", shown.code()));
        assertThat(unknown.status()).isEqualTo(404);
        String notFound = Jsoup.parse(unknown.body()).select("#form-problem").text();
        assertThat(notFound).isEqualTo("未找到该申请，或查询码不正确。");
        // With the right code, at the neighbouring village's page, its kiosk, or the town above: the same "not found".
        for (String other : List.of("/board/" + XL + "/requests/follow", "/kiosk/" + XL + "/follow", "/board/" + TOWN + "/requests/follow")) {
            Api.Reply elsewhere = resident.post(other, follow(shown.receipt(), shown.code()));
            assertThat(elsewhere.status()).as(other).isEqualTo(404);
            assertThat(Jsoup.parse(elsewhere.body()).select("#form-problem").text()).as(other).isEqualTo(notFound);
            assertThat(elsewhere.body()).doesNotContain(description).doesNotContain("已受理");
        }
        // At its own village, with the code: found; with a wrong code: the same "not found".
        assertThat(resident.post("/board/" + HZ + "/requests/follow", follow(shown.receipt(), shown.code())).status()).isEqualTo(200);
        Api.Reply wrong = resident.post("/board/" + HZ + "/requests/follow", follow(shown.receipt(), "ABCDEFGHJKMN"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(Jsoup.parse(wrong.body()).select("#form-problem").text()).isEqualTo(notFound);

        // Staff of the neighbouring village neither list it nor reach it.
        String xili = Tokens.of(XILI_CLERK);
        assertThat(Api.get("/api/divisions/" + XL + "/requests", xili).body()).doesNotContain(shown.receipt());
        assertThat(Api.get("/api/divisions/" + HZ + "/requests", xili).status()).isEqualTo(403);
        assertThat(staffSee(HUANGZHUANG_CLERK, HZ, description)).hasSize(1);
    }

    @Test
    void posts_from_another_sites_page_and_oversized_posts_are_refused_and_file_nothing() {
        Resident resident = new Resident(19);
        String path = "/board/" + TOWN + "/requests/new";
        String description = unique("跨站提交测试");
        Api.Reply crossSite = resident.postFrom("https://evil.example", path, resident.filledIn(path, "吴十", description));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(Jsoup.parse(crossSite.body()).select(".refusal").text()).isEqualTo("只能从本网站的页面提交。");
        Api.Reply crossFollow = resident.postFrom("https://evil.example", "/board/requests/follow", follow(TOWN + "-2026-0001", "ABCDEFGHJKMN"));
        assertThat(crossFollow.status()).isEqualTo(403);
        Api.Reply crossJson = resident.send(resident.json("/api/public/divisions/" + TOWN + "/requests", Json.createObjectBuilder()
                .add("applicantType", "NATURAL_PERSON").add("applicantName", "吴十").add("applicantContact", "1")
                .add("description", description).build().toString(), null).header("Origin", "https://evil.example"));
        assertThat(crossJson.status()).isEqualTo(403);
        assertThat(crossJson.json().getString("error")).isEqualTo("error.intake.cross-origin");

        Map<String, String> huge = resident.filledIn(path, "吴十", description + "描".repeat(30_000));
        Api.Reply tooLarge = resident.post(path, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLarge.body()).select(".refusal").text()).isEqualTo("提交的内容过长。");
        Api.Reply tooLargeJson = resident.send(resident.json("/api/public/divisions/" + TOWN + "/requests",
                "{\"description\":\"" + "x".repeat(70_000) + "\"}", null));
        assertThat(tooLargeJson.status()).isEqualTo(413);
        assertThat(staffSee(BAIZHANGJI_CLERK, TOWN, description)).isEmpty();
    }

    @Test
    void every_payload_typed_into_any_field_comes_back_as_inert_text_and_reaches_staff_as_data() {
        Resident resident = new Resident(20);
        String path = "/board/" + HZ + "/requests/new";
        String token = resident.page(path).select("input[name=formToken]").attr("value");
        for (String payload : XssCorpus.payloads()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("formToken", token);
            fields.put("applicantType", payload);
            fields.put("applicantName", payload);
            fields.put("applicantContact", payload);
            fields.put("description", payload);
            fields.put("preferredReply", payload);
            Api.Reply refused = resident.post(path, fields);
            assertThat(refused.status()).as(payload).isEqualTo(400);
            XssCorpus.assertInert(refused.body(), payload, FORM_ELEMENTS, FORM_ATTRIBUTES);
            assertThat(Jsoup.parse(refused.body()).select("#request-description").first().wholeText()).isEqualTo(payload);

            Api.Reply followed = resident.post("/board/" + HZ + "/requests/follow", follow(payload, ""));
            XssCorpus.assertInert(followed.body(), payload, FORM_ELEMENTS, FORM_ATTRIBUTES);
        }
        // One filed with hostile text: the confirmation is inert and staff get the text back unchanged, as data.
        String payload = XssCorpus.payloads().stream().filter(p -> p.contains("<script") && p.length() <= 100).findFirst().orElseThrow();
        String description = payload + " " + UUID.randomUUID();
        Map<String, String> hostile = resident.filledIn(path, payload, description);
        hostile.put("applicantContact", payload);
        Api.Reply confirmation = resident.post(path, hostile);
        assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
        XssCorpus.assertInert(confirmation.body(), payload, FORM_ELEMENTS, FORM_ATTRIBUTES);
        JsonObject seen = staffSee(HUANGZHUANG_CLERK, HZ, description).getFirst();
        assertThat(seen.getString("applicantName")).isEqualTo(payload.strip());
        assertThat(seen.getString("applicantContact")).isEqualTo(payload.strip());
    }

    @Test
    void at_the_kiosk_a_half_filled_form_stays_while_the_resident_types_and_is_cleared_only_after_the_warning() throws Exception {
        browser = Chromium.start();
        String home = Api.base() + "/kiosk/" + HZ + "/";
        browser.get(home + "request");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("request-name")));
        assertThat(name.getSize().getHeight()).as("touch target height").isGreaterThanOrEqualTo(48);
        assertThat(browser.findElement(By.id("request-type-person")).getSize().getHeight()).isGreaterThanOrEqualTo(24);
        assertThat(browser.findElement(By.cssSelector("label[for=request-type-person]")).getSize().getHeight()).isGreaterThanOrEqualTo(48);

        // Typing now and then for longer than the idle time keeps the form on screen with what was typed.
        browser.findElement(By.cssSelector("label[for=request-type-person]")).click();
        Instant until = Instant.now().plusSeconds(IDLE_SECONDS + 5L);
        String typed = "";
        while (Instant.now().isBefore(until)) {
            name.sendKeys("郑");
            typed += "郑";
            Thread.sleep(3000);
        }
        assertThat(browser.getCurrentUrl()).isEqualTo(home + "request");
        assertThat(name.getAttribute("value")).isEqualTo(typed);

        // Left alone, the kiosk first warns that what was typed will be cleared, and only then goes home.
        WebDriverWait idle = new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS + 20L));
        WebElement warning = idle.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle-warning")));
        assertThat(warning.getText()).contains("已填写的内容将被清除");
        assertThat(browser.getCurrentUrl()).as("still on the form while the warning shows").isEqualTo(home + "request");
        idle.until(ExpectedConditions.urlToBe(home));

        // Filed by touch: the receipt and code on screen, the slip's print button shown by the script.
        browser.get(home + "request");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for=request-type-person]"))).click();
        browser.findElement(By.id("request-name")).sendKeys("郑十一");
        browser.findElement(By.id("request-contact")).sendKeys("13900000000");
        String description = unique("篁庄村2026年低保对象名单");
        browser.findElement(By.id("request-description")).sendKeys(description);
        browser.findElement(By.id("request-submit")).click();
        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")));
        assertThat(receipt.getText()).startsWith(HZ + "-");
        assertThat(browser.findElement(By.id("access-code")).getText().replace(" ", "")).hasSize(12);
        assertThat(browser.findElement(By.id("print-receipt")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "kiosk-request-confirmation");
        // On paper, the slip alone: the kiosk's bar, the buttons and the explanations stay off it.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.id("receipt-slip")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("access-code")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("kiosk-home")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("print-receipt")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".remember")).isDisplayed()).isFalse();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(staffSee(HUANGZHUANG_CLERK, HZ, description)).singleElement()
                .satisfies(r -> assertThat(r.getString("channel")).isEqualTo("KIOSK"));
        // The receipt with its code leaves the screen by itself.
        idle.until(ExpectedConditions.urlToBe(home));
    }
}
