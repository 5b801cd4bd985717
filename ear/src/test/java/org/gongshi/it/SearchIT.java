package org.gongshi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * Chinese full-text search on the running server: notices published through the API in two villages
 * are found by any part of their text, as JSON and on the HTML page; one village never finds the
 * other's, the county's subtree finds both, and a withdrawn notice is gone on the next request.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    /** Sixteen characters to spell a random id in Chinese, so every run searches for words of its own. */
    private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void a_published_notice_is_found_by_any_two_of_its_characters_as_json_and_html() {
        String word = uniqueWord();
        String id = publishIn(HZ, HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, word + "临时救助金发放公示", "本村新增低保户两户，接受群众监督。");

        JsonObject found = awaitFound("/api/public/divisions/330328101200/search?q=" + enc(word), id);
        JsonObject hit = found.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("divisionCode")).isEqualTo("330328101200");
        assertThat(hit.getJsonArray("title").getJsonObject(0).getString("text")).isEqualTo(word);
        assertThat(hit.getJsonArray("title").getJsonObject(0).getBoolean("match")).isTrue();
        assertThat(ids("/api/public/divisions/330328101200/search?q=" + enc("救助 " + word))).containsExactly(id);
        assertThat(ids("/api/public/divisions/330328101200/search?q=" + enc("低保户 " + word))).containsExactly(id);

        Api.Reply page = Api.get("/board/330328101200/search?q=" + enc("救助 " + word), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<mark>救助</mark>").contains("href=\"/board/330328101200/notices/" + id + "\"")
                .contains("<label for=\"search-q\">");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void one_village_never_finds_the_others_notice_and_the_county_subtree_finds_both() {
        String word = uniqueWord();
        String hz = publishIn(HZ, HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, word + "茶园补贴名单", "篁庄村茶园补贴。");
        String xl = publishIn(XL, XILI_CLERK, XILI_REVIEWER, word + "茶园补贴名单", "西里村茶园补贴。");
        awaitFound("/api/public/divisions/330328101200/search?q=" + enc(word), hz);
        awaitFound("/api/public/divisions/330328101202/search?q=" + enc(word), xl);

        assertThat(ids("/api/public/divisions/330328101202/search?q=" + enc(word))).containsExactly(xl);
        assertThat(ids("/api/public/divisions/330328101200/search?q=" + enc(word))).containsExactly(hz);
        assertThat(ids("/api/public/divisions/330328101202/search?q=" + enc("篁庄村茶园 " + word))).isEmpty();
        assertThat(Api.get("/board/330328101202/search?q=" + enc(word), null).body()).doesNotContain(hz).contains(xl);

        assertThat(ids("/api/public/divisions/330328/search?subtree=true&q=" + enc(word))).containsExactlyInAnyOrder(hz, xl);
        assertThat(ids("/api/public/divisions/330328101/search?subtree=true&q=" + enc(word))).containsExactlyInAnyOrder(hz, xl);
        assertThat(ids("/api/public/divisions/330328/search?q=" + enc(word))).isEmpty();
        assertThat(ids("/api/public/divisions/330213/search?subtree=true&q=" + enc(word))).isEmpty();
        String county = Api.get("/board/330328/search?subtree=on&q=" + enc(word), null).body();
        assertThat(county).contains("/board/330328101200/notices/" + hz).contains("/board/330328101202/notices/" + xl);
    }

    @Test
    void a_withdrawn_notice_disappears_on_the_next_request() {
        String word = uniqueWord();
        JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ,
                Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(word + "竹笋收购通知", "竹笋收购价格。")).json());
        String id = published.getString("id");
        awaitFound("/api/public/divisions/330328101200/search?q=" + enc(word), id);

        Api.Reply withdrawn = Api.post(HZ + "/" + id + "/withdraw", Tokens.of(HUANGZHUANG_CLERK),
                jakarta.json.Json.createObjectBuilder().add("version", Workflow.version(published)).add("reason", "内容有误").build());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        assertThat(ids("/api/public/divisions/330328101200/search?q=" + enc(word))).isEmpty();
        assertThat(Api.get("/board/330328101200/search?q=" + enc(word), null).body()).doesNotContain(id).contains("没有找到");
    }

    @Test
    void the_text_of_a_word_attachment_is_found_on_the_running_server() throws Exception {
        String word = uniqueWord();
        JsonObject draft = Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice("集体资产清查结果" + word, "详见附件。")).json();
        String id = draft.getString("id");
        byte[] docx = minimalDocx("水库移民后期扶持资金发放说明" + word);
        var added = AttachmentsIT.upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), "说明.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
        assertThat(added.status()).isIn(200, 201);
        JsonObject current = Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json();
        Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, current);
        awaitFound("/api/public/divisions/330328101200/search?q=" + enc("移民后期扶持 " + word), id);
    }

    @Test
    void an_empty_or_overlong_query_is_refused_in_chinese() {
        Api.Reply empty = Api.get("/api/public/divisions/330328101200/search?q=", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getString("message")).isEqualTo("请输入要搜索的词。");
        Api.Reply missing = Api.get("/api/public/divisions/330328101200/search", null);
        assertThat(missing.status()).isEqualTo(400);
        Api.Reply tooLong = Api.get("/api/public/divisions/330328101200/search?q=" + enc("救".repeat(101)), null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("message")).isEqualTo("搜索词太长了，最多 100 个字。");
        assertThat(tooLong.body()).doesNotContain("Exception");
        assertThat(Api.get("/api/public/divisions/330328101200/search?q=a&genre=POEM", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/public/divisions/999999999999/search?q=" + enc("救助"), null).status()).isEqualTo(404);
        Api.Reply html = Api.get("/board/330328101200/search?q=" + enc("救".repeat(101)), null);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("搜索词太长了");
    }

    private static String publishIn(String path, org.gongshi.tenancy.keycloak.DemoAccount clerk,
                                    org.gongshi.tenancy.keycloak.DemoAccount reviewer, String title, String body) {
        JsonObject draft = Api.post(path, Tokens.of(clerk), Api.notice(title, body)).json();
        return Workflow.publish(clerk, reviewer, path, draft).getString("id");
    }

    /** Polls briefly: right after the server starts, the index may still be building. */
    private static JsonObject awaitFound(String url, String id) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            Api.Reply reply = Api.get(url, null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            if (ids(reply.json()).contains(id) || System.nanoTime() > deadline) {
                assertThat(ids(reply.json())).contains(id);
                return reply.json();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> ids(String url) {
        Api.Reply reply = Api.get(url, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.json());
    }

    private static List<String> ids(JsonObject results) {
        return results.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("noticeId")).toList();
    }

    /** The smallest Word document: content types, package relationship, one paragraph (no POI on the client). */
    private static byte[] minimalDocx(String text) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String content) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String uniqueWord() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder word = new StringBuilder();
        for (char c : hex.toCharArray()) {
            word.append(DIGITS.charAt(Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
