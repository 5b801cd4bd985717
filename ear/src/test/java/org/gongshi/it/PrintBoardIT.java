package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.web.print.Poppler;
import org.gongshi.web.site.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * The printable board through the running server: notices published through the API come out of
 * {@code board.pdf} as text and QR codes a real PDF reader finds, and nothing of another division
 * (or a draft) can be printed on a village's board.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrintBoardIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    private static final String HZ_PDF = "/api/public/divisions/330328101200/board.pdf";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void a_section_prints_with_its_chinese_text_and_a_qr_code_to_each_notice() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        JsonObject subsidy = publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, "惠农补贴发放名单公示" + marker,
                "耕地地力保护补贴已按户发放，**如有异议**请联系村委会。", "farm-subsidies");
        JsonObject other = publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, "村务会议纪要" + marker, "会议纪要正文。", null);
        String sectionName = Api.get("/api/public/divisions/330328101200/sections", null).body()
                .replaceAll("(?s).*\"key\"\\s*:\\s*\"farm-subsidies\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<byte[]> reply = fetch(HZ_PDF + "?section=farm-subsidies&paper=A3");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(reply.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("inline;").contains("filename*=UTF-8''330328101200-");
        Path pdf = save(reply);
        String text = squeeze(Poppler.text(pdf));
        assertThat(text).contains("浙江省温州市文成县百丈漈镇篁庄村委会", "惠农补贴发放名单公示" + marker,
                "耕地地力保护补贴已按户发放，如有异议请联系村委会。")
                .doesNotContain("村务会议纪要" + marker);
        if (!sectionName.contains("{")) {
            assertThat(text).contains(squeeze(sectionName));
        }
        assertThat(Poppler.info(pdf)).contains("(A3)");
        assertThat(Poppler.fonts(pdf)).containsPattern("CID TrueType\\s+Identity-H\\s+yes\\s+yes");
        assertThat(qrCodes(pdf)).contains(noticeUrl("330328101200", subsidy)).doesNotContain(noticeUrl("330328101200", other));

        Path selection = save(fetch(HZ_PDF + "?ids=" + subsidy.getString("id") + "," + other.getString("id")));
        assertThat(squeeze(Poppler.text(selection))).contains("惠农补贴发放名单公示" + marker, "村务会议纪要" + marker, "会议纪要正文");
        assertThat(Poppler.info(selection)).contains("(A4)");
        assertThat(qrCodes(selection)).containsExactlyInAnyOrder(noticeUrl("330328101200", subsidy), noticeUrl("330328101200", other));
    }

    @Test
    void the_board_and_the_notice_page_link_to_their_printable_pdf() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        JsonObject subsidy = publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, "种粮补贴公示" + marker, "补贴标准见附表。", "farm-subsidies");

        String board = Api.get("/board/330328101200?section=farm-subsidies", null).body();
        String a3 = href(board, "board-print-a3");
        assertThat(a3).isEqualTo(HZ_PDF + "?paper=A3&section=farm-subsidies");
        assertThat(squeeze(Poppler.text(save(fetch(a3))))).contains("种粮补贴公示" + marker);

        String page = Api.get("/board/330328101200/notices/" + subsidy.getString("id"), null).body();
        String single = href(page, "notice-print");
        Path pdf = save(fetch(single));
        assertThat(squeeze(Poppler.text(pdf))).contains("种粮补贴公示" + marker);
        assertThat(qrCodes(pdf)).containsExactly(noticeUrl("330328101200", subsidy));
    }

    /** The target of the link with this id, unescaped. */
    private static String href(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("link #" + id).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void another_villages_notice_or_a_draft_cannot_be_printed_on_this_board() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        JsonObject ours = publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, "篁庄公示" + marker, "篁庄正文", null);
        JsonObject theirs = publish(XILI_CLERK, XILI_REVIEWER, XL, "西里公示" + marker, "西里正文，不得出现在篁庄公示栏。", null);
        JsonObject draft = Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice("篁庄草稿" + marker, "草稿正文")).json();

        for (String ids : List.of(theirs.getString("id"), ours.getString("id") + "," + theirs.getString("id"), draft.getString("id"))) {
            HttpResponse<byte[]> refused = fetch(HZ_PDF + "?ids=" + ids);
            assertThat(refused.statusCode()).as(ids).isEqualTo(404);
            String body = new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).contains("未找到该公告").doesNotContain("西里", "草稿", "Exception");
        }
        // Nor the other way round: our notice on their board.
        assertThat(fetch("/api/public/divisions/330328101202/board.pdf?ids=" + ours.getString("id")).statusCode()).isEqualTo(404);
        // Their whole board has their notice and none of ours.
        String theirBoard = squeeze(Poppler.text(save(fetch("/api/public/divisions/330328101202/board.pdf"))));
        assertThat(theirBoard).contains("西里公示" + marker).doesNotContain("篁庄公示" + marker, "篁庄草稿" + marker);
        String ourBoard = squeeze(Poppler.text(save(fetch(HZ_PDF))));
        assertThat(ourBoard).contains("篁庄公示" + marker).doesNotContain("西里公示" + marker, "篁庄草稿" + marker);
    }

    @Test
    void bad_requests_get_a_clear_chinese_message() throws Exception {
        assertRefused(HZ_PDF + "?paper=Letter", 400, "不支持的纸张规格");
        String tooMany = IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining(","));
        assertRefused(HZ_PDF + "?ids=" + tooMany, 400, "一次最多打印 50 条公示");
        assertRefused(HZ_PDF + "?section=no-such-section", 404, "找不到该栏目");
        assertRefused("/api/public/divisions/999999999999/board.pdf", 404, "未找到该区划");
        assertRefused("/api/public/divisions/not-a-code/board.pdf", 404, "未找到该区划");
    }

    private void assertRefused(String path, int status, String message) throws Exception {
        HttpResponse<byte[]> reply = fetch(path);
        String body = new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reply.statusCode()).as(path + " → " + body).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(body).contains(message).doesNotContain("Exception", "at org.");
    }

    private static JsonObject publish(org.gongshi.tenancy.keycloak.DemoAccount clerk, org.gongshi.tenancy.keycloak.DemoAccount reviewer,
                                      String path, String title, String body, String section) {
        var notice = Json.createObjectBuilder().add("title", title).add("body", body).add("catalogItem", Api.CATALOG_ITEM);
        if (section != null) {
            notice.add("section", section);
        }
        Api.Reply created = Api.post(path, Tokens.of(clerk), notice.build());
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return Workflow.publish(clerk, reviewer, path, created.json());
    }

    private static HttpResponse<byte[]> fetch(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path save(HttpResponse<byte[]> reply) throws Exception {
        assertThat(reply.statusCode()).as(new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        Path pdf = Files.createTempFile(dir, "board", ".pdf");
        Files.write(pdf, reply.body());
        return pdf;
    }

    private static Set<String> qrCodes(Path pdf) throws Exception {
        Set<String> all = new HashSet<>();
        for (BufferedImage page : Poppler.pages(pdf, 150)) {
            all.addAll(QrCodes.decodeAll(page));
        }
        return all;
    }

    private static String noticeUrl(String code, JsonObject notice) {
        return Api.base() + "/board/" + code + "/notices/" + notice.getString("id");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
