package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * The personal-data check before publication through the real server (issue #5, Regulation Art. 15):
 * a notice with an ID and a phone in it is refused with 422 and a Chinese message naming where; the
 * clerk masks it in one click, or goes on with a recorded reason that shows in the history; an
 * attachment cannot be masked; another village's clerk can neither scan, mask nor override; and
 * nothing unmasked reaches the public board.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    /** A valid citizen ID (check character computed), and a mobile number: nobody's. */
    private static final String ID = "330328199001011239";
    private static final String PHONE = "13812345678";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject draft(String title, String body) {
        Api.Reply created = Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(title, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Api.Reply submit(JsonObject notice, JsonObject body) {
        return Api.post(HZ + "/" + notice.getString("id") + "/submit?version=" + Workflow.version(notice),
                Tokens.of(HUANGZHUANG_CLERK), body);
    }

    private static JsonObject override(String basis, String reason) {
        return Json.createObjectBuilder().add("override", Json.createObjectBuilder().add("basis", basis).add("reason", reason)).build();
    }

    private static JsonObject version(long version) {
        return Json.createObjectBuilder().add("version", version).build();
    }

    @Test
    void a_notice_with_an_id_and_a_phone_is_refused_then_masked_in_one_click_and_published_without_them() {
        String title = unique("篁庄村低保初审名单公示");
        JsonObject draft = draft(title, "经村民代表评议，初审名单如下：\n王小明，家庭人口3人\n身份证号 " + ID + "，联系电话 138-1234-5678");
        String id = draft.getString("id");

        Api.Reply refused = submit(draft, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().getString("error")).isEqualTo("error.privacy.found.body");
        assertThat(refused.json().getString("message"))
                .isEqualTo("正文第3行发现疑似身份证号码（**************1239）等 2 处个人信息，不能提交或发布。请一键脱敏，或依法说明理由后继续。");
        assertThat(refused.body()).doesNotContain(ID).doesNotContain("5678，");

        Api.Reply report = Api.get(HZ + "/" + id + "/personal-data", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonObject r = report.json();
        assertThat(r.getBoolean("blocksPublication")).isTrue();
        assertThat(r.getBoolean("maskable")).isTrue();
        assertThat(r.getJsonArray("hits")).hasSize(2);
        JsonObject first = r.getJsonArray("hits").getJsonObject(0);
        assertThat(first.getString("place")).isEqualTo("BODY");
        assertThat(first.getInt("line")).isEqualTo(3);
        assertThat(first.getString("kind")).isEqualTo("CITIZEN_ID");
        assertThat(first.getString("masked")).isEqualTo("**************1239");
        assertThat(r.getJsonArray("hits").getJsonObject(1).getString("kind")).isEqualTo("MOBILE_PHONE");
        assertThat(report.body()).doesNotContain(ID).doesNotContain("138-1234-5678");

        // A stale version is refused and changes nothing.
        Api.Reply stale = Api.post(HZ + "/" + id + "/mask-personal-data", Tokens.of(HUANGZHUANG_CLERK), version(Workflow.version(draft) - 1));
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply masked = Api.post(HZ + "/" + id + "/mask-personal-data", Tokens.of(HUANGZHUANG_CLERK), version(Workflow.version(draft)));
        assertThat(masked.status()).as(masked.body()).isEqualTo(200);
        assertThat(masked.json().getString("body")).endsWith("身份证号 **************1239，联系电话 *******5678");
        JsonObject clean = Api.get(HZ + "/" + id + "/personal-data", Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(clean.getJsonArray("hits")).isEmpty();
        assertThat(clean.getBoolean("blocksPublication")).isFalse();
        assertThat(Api.get(HZ + "/" + id + "/history", Tokens.of(HUANGZHUANG_CLERK)).body())
                .contains("notice.personal-data-masked").contains("CITIZEN_ID×1, MOBILE_PHONE×1");

        JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, masked.json());
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + id, null).body()).contains("**************1239")
                .doesNotContain(ID).doesNotContain(PHONE);
        assertThat(Api.get("/board/330328101200/notices/" + id, null).body()).doesNotContain(ID).doesNotContain("138-1234-5678");
    }

    @Test
    void a_punitive_notice_goes_on_with_a_recorded_reason_that_shows_in_its_history() {
        JsonObject draft = draft(unique("行政处罚决定公示"), "当事人：张某，公民身份号码 " + ID + "。依法公示。");
        String id = draft.getString("id");

        Api.Reply noReason = submit(draft, override("PUNITIVE_NOTICE", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("error")).isEqualTo("error.privacy.override-reason-required");
        Api.Reply badBasis = submit(draft, override("BECAUSE", "理由"));
        assertThat(badBasis.status()).isEqualTo(400);

        Api.Reply submitted = submit(draft, override("PUNITIVE_NOTICE", "《行政处罚法》第四十八条：行政处罚决定依法公开"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("IN_REVIEW");

        JsonObject report = Api.get(HZ + "/" + id + "/personal-data", Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(report.getBoolean("blocksPublication")).isFalse();
        assertThat(report.getJsonObject("override").getString("basis")).isEqualTo("PUNITIVE_NOTICE");
        assertThat(report.getJsonObject("override").getString("by")).isEqualTo("wc-hz-clerk");
        String history = Api.get(HZ + "/" + id + "/history", Tokens.of(HUANGZHUANG_CLERK)).body();
        assertThat(history).contains("notice.personal-data-overridden").contains("basis=PUNITIVE_NOTICE")
                .contains("《行政处罚法》第四十八条").contains("**************1239").doesNotContain(ID);

        Api.Reply approved = Workflow.approve(HUANGZHUANG_REVIEWER, HZ, submitted.json());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void personal_data_in_an_attachment_blocks_and_cannot_be_masked_in_one_click() {
        JsonObject draft = draft(unique("临时救助名单公示"), "名单见附件。");
        String id = draft.getString("id");
        AttachmentsIT.Raw added = AttachmentsIT.upload(HZ + "/" + id + "/attachments", Tokens.of(HUANGZHUANG_CLERK),
                "救助名单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx("序号\t姓名\t电话", "1\t王小明\t" + PHONE));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonObject current = Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json();

        Api.Reply refused = submit(current, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("message")).startsWith("附件“救助名单.xlsx”第2行发现疑似手机号码（*******5678）");
        JsonObject hit = Api.get(HZ + "/" + id + "/personal-data", Tokens.of(HUANGZHUANG_CLERK)).json().getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("place")).isEqualTo("ATTACHMENT");
        assertThat(hit.getString("attachmentName")).isEqualTo("救助名单.xlsx");
        assertThat(hit.getBoolean("maskable")).isFalse();

        Api.Reply mask = Api.post(HZ + "/" + id + "/mask-personal-data", Tokens.of(HUANGZHUANG_CLERK), version(Workflow.version(current)));
        assertThat(mask.status()).isEqualTo(409);
        assertThat(mask.json().getString("error")).isEqualTo("error.privacy.nothing-to-mask");
    }

    @Test
    void another_villages_clerk_can_neither_scan_nor_mask_nor_override_and_the_county_only_reads() {
        String title = unique("篁庄村名单");
        JsonObject draft = draft(title, "身份证号 " + ID);
        String id = draft.getString("id");
        long v = Workflow.version(draft);
        String other = Tokens.of(XILI_CLERK);

        for (Api.Reply denied : new Api.Reply[]{
                Api.get(HZ + "/" + id + "/personal-data", other),
                Api.post(HZ + "/" + id + "/mask-personal-data", other, version(v)),
                Api.post(HZ + "/" + id + "/submit?version=" + v, other, override("NOT_PERSONAL_DATA", "不是个人信息"))}) {
            assertThat(denied.status()).as(denied.body()).isEqualTo(403);
            assertThat(denied.body()).doesNotContain(title).doesNotContain("1239");
        }
        for (Api.Reply notFound : new Api.Reply[]{
                Api.get(XL + "/" + id + "/personal-data", other),
                Api.post(XL + "/" + id + "/mask-personal-data", other, version(v)),
                Api.post(XL + "/" + id + "/submit?version=" + v, other, override("NOT_PERSONAL_DATA", "不是个人信息"))}) {
            assertThat(notFound.status()).as(notFound.body()).isEqualTo(404);
            assertThat(notFound.body()).doesNotContain(title).doesNotContain("1239");
        }
        String county = Tokens.of(WENCHENG_SUPERVISOR);
        assertThat(Api.get(HZ + "/" + id + "/personal-data", county).status()).isEqualTo(200);
        assertThat(Api.post(HZ + "/" + id + "/mask-personal-data", county, version(v)).status()).isEqualTo(403);

        // Nothing was changed or recorded.
        JsonObject after = Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(Workflow.version(after)).isEqualTo(v);
        assertThat(Api.get(HZ + "/" + id + "/personal-data", Tokens.of(HUANGZHUANG_CLERK)).json().isNull("override")).isTrue();
        assertThat(Api.get(HZ + "/" + id + "/history", Tokens.of(HUANGZHUANG_CLERK)).body()).doesNotContain("personal-data");
    }

    @Test
    void an_override_on_a_stale_version_is_refused_with_409_and_not_recorded() {
        JsonObject draft = draft(unique("处罚公示"), "当事人身份证号 " + ID);
        Api.Reply saved = Api.put(HZ + "/" + draft.getString("id"), Tokens.of(HUANGZHUANG_CLERK),
                Api.notice(draft.getString("title"), "当事人身份证号 " + ID + "。", Workflow.version(draft)));
        assertThat(saved.status()).isEqualTo(200);
        Api.Reply stale = submit(draft, override("PUNITIVE_NOTICE", "依法公开"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(Api.get(HZ + "/" + draft.getString("id") + "/history", Tokens.of(HUANGZHUANG_CLERK)).body())
                .doesNotContain("personal-data-overridden");
    }

    /** An xlsx with one row per argument, cells separated by tabs. */
    private static byte[] xlsx(String... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].split("\t");
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
