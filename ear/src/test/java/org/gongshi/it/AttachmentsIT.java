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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * Attachments through the real server: multipart uploads checked by content, drafts' files never
 * public, published notices' files on the board with safe download headers, and every path of
 * another village refused.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    private static final String PUBLIC_HZ = "/api/public/divisions/330328101200/notices";
    private static final String PUBLIC_XL = "/api/public/divisions/330328101202/notices";
    private static final String FILE_NAME = "低保名单 2026.pdf";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static byte[] pdf() {
        String text = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
                + "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n" + UUID.randomUUID() + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonObject draft(String title) {
        Api.Reply r = Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(title, "正文：" + title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    record Raw(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(text())).readArray();
        }
    }

    /** A multipart/form-data body with one part "file", built by hand as a browser sends it. */
    static Raw upload(String path, String token, String fileName, String partType, byte[] content) {
        String boundary = "----gongshi" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    static Raw get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private static Raw send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_pdf_attached_to_a_draft_is_public_only_once_the_notice_is_published_and_comes_back_byte_for_byte() {
        JsonObject draft = draft("篁庄村低保名单公示 " + UUID.randomUUID().toString().substring(0, 8));
        String id = draft.getString("id");
        byte[] pdf = pdf();

        Raw added = upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), FILE_NAME, "application/pdf", pdf);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String attachmentId = added.json().getString("id");
        assertThat(added.json().getString("fileName")).isEqualTo(FILE_NAME);
        assertThat(added.json().getString("mediaType")).isEqualTo("application/pdf");
        assertThat(added.json().getJsonNumber("size").longValue()).isEqualTo(pdf.length);

        Raw staffList = get(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(staffList.status()).isEqualTo(200);
        assertThat(staffList.array()).hasSize(1);
        Raw staffContent = get(HZ + "/" + id + "/attachments/" + attachmentId + "/content", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(staffContent.status()).isEqualTo(200);
        assertThat(staffContent.body()).isEqualTo(pdf);

        // A draft: nothing of it is public.
        assertThat(get(PUBLIC_HZ + "/" + id + "/attachments", null).status()).isEqualTo(404);
        assertThat(get(PUBLIC_HZ + "/" + id + "/attachments/" + attachmentId + "/content", null).status()).isEqualTo(404);

        JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, draft);
        // The attachment's bytes are part of the notice's tamper-evident content hash.
        JsonObject verification = Api.get("/api/public/notices/" + published.getString("id") + "/verify", null).json();
        assertThat(verification.getBoolean("verified")).as(verification.toString()).isTrue();
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");

        Raw publicList = get(PUBLIC_HZ + "/" + id + "/attachments", null);
        assertThat(publicList.status()).as(publicList.text()).isEqualTo(200);
        assertThat(publicList.text()).contains(FILE_NAME).doesNotContain("wc-hz-clerk").doesNotContain("createdBy");

        Api.Reply board = Api.get("/board/330328101200/notices/" + id, null);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("id=\"notice-attachments\"").contains(FILE_NAME)
                .contains("/api/public/divisions/330328101200/notices/" + id + "/attachments/" + attachmentId + "/content");

        Raw content = get(PUBLIC_HZ + "/" + id + "/attachments/" + attachmentId + "/content", null);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(content.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E4%BD%8E%E4%BF%9D%E5%90%8D%E5%8D%95%202026.pdf");
        assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(content.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");

        // Published: the files are what the reviewers saw; no more changes.
        Raw late = upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), "late.pdf", "application/pdf", pdf());
        assertThat(late.status()).isEqualTo(409);
        Api.Reply removeLate = Api.delete(HZ + "/" + id + "/attachments/" + attachmentId, Tokens.of(HUANGZHUANG_CLERK));
        assertThat(removeLate.status()).isEqualTo(409);

        // The attachment id paired with another village's public path: not found.
        assertThat(get(PUBLIC_XL + "/" + id + "/attachments/" + attachmentId + "/content", null).status()).isEqualTo(404);
        assertThat(get(PUBLIC_XL + "/" + id + "/attachments", null).status()).isEqualTo(404);
    }

    @Test
    void an_html_page_named_pdf_is_refused_with_415_and_a_chinese_message() {
        String id = draft("改名的网页 " + UUID.randomUUID().toString().substring(0, 8)).getString("id");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        Raw refused = upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), "通知.pdf", "application/pdf", html);

        assertThat(refused.status()).as(refused.text()).isEqualTo(415);
        assertThat(refused.json().getString("error")).isEqualTo("error.attachment.unsupported-type");
        assertThat(refused.json().getString("message")).startsWith("不支持这种文件。只能上传 PDF");
        assertThat(get(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK)).array()).isEmpty();
    }

    @Test
    void an_upload_over_the_limit_gets_413_and_nothing_is_stored() {
        String id = draft("超大附件 " + UUID.randomUUID().toString().substring(0, 8)).getString("id");
        byte[] pdf = pdf();
        byte[] big = Arrays.copyOf(pdf, 20 * 1024 * 1024 + 1);

        Raw refused = upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), "大文件.pdf", "application/pdf", big);

        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.json().getString("message")).isEqualTo("文件超过 20 MB 的上限，没有保存。");
        assertThat(get(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK)).array()).isEmpty();
    }

    @Test
    void another_villages_clerk_is_refused_through_our_path_and_finds_nothing_through_their_own() {
        String id = draft("西里村不可见 " + UUID.randomUUID().toString().substring(0, 8)).getString("id");
        Raw added = upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK), "名单.pdf", "application/pdf", pdf());
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String attachmentId = added.json().getString("id");
        String xili = Tokens.of(XILI_CLERK);

        assertThat(upload(HZ + "/" + id + "/attachments", xili, "x.pdf", "application/pdf", pdf()).status()).isEqualTo(403);
        assertThat(get(HZ + "/" + id + "/attachments", xili).status()).isEqualTo(403);
        assertThat(get(HZ + "/" + id + "/attachments/" + attachmentId + "/content", xili).status()).isEqualTo(403);
        assertThat(Api.delete(HZ + "/" + id + "/attachments/" + attachmentId, xili).status()).isEqualTo(403);

        assertThat(upload(XL + "/" + id + "/attachments", xili, "x.pdf", "application/pdf", pdf()).status()).isEqualTo(404);
        assertThat(get(XL + "/" + id + "/attachments", xili).status()).isEqualTo(404);
        assertThat(get(XL + "/" + id + "/attachments/" + attachmentId + "/content", xili).status()).isEqualTo(404);
        assertThat(Api.delete(XL + "/" + id + "/attachments/" + attachmentId, xili).status()).isEqualTo(404);

        // Still there, untouched, for its own village.
        assertThat(get(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK)).array()).hasSize(1);
        assertThat(Api.delete(HZ + "/" + id + "/attachments/" + attachmentId, Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(204);
        assertThat(get(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK)).array()).isEmpty();
    }
}
