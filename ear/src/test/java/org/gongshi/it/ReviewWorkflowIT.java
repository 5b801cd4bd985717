package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_HEAD;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.FENGZHONG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * Publishing the way the regulation asks, through the staff API: review before publication (one
 * to three levels), scheduled publication, notice periods, validity, policy interpretations
 * published together with their documents, withdrawal — and every new endpoint refused to another
 * tenant's staff.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewWorkflowIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    private static final String TOWN = "/api/divisions/330328101/notices";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObjectBuilder notice(String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "正文：" + title).add("catalogItem", Api.CATALOG_ITEM);
    }

    private static JsonObject create(org.gongshi.tenancy.keycloak.DemoAccount clerk, String path, JsonObjectBuilder body) {
        Api.Reply r = Api.post(path, Tokens.of(clerk), body.build());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static JsonObject decision(long version, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("version", version);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build();
    }

    @Test
    void two_review_levels_need_two_different_reviewers_before_publication() {
        Api.Reply policy = Api.put("/api/divisions/330328101/review-policy", Tokens.of(WENCHENG_ADMIN),
                Json.createObjectBuilder().add("levels", 2).build());
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        assertThat(Api.get("/api/divisions/330328101/review-policy", Tokens.of(BAIZHANGJI_CLERK)).json().getInt("levels")).isEqualTo(2);

        String title = unique("百丈漈镇2026年第三季度财务收支公开");
        JsonObject submitted = Workflow.submit(BAIZHANGJI_CLERK, TOWN, create(BAIZHANGJI_CLERK, TOWN, notice(title)));
        assertThat(submitted.getInt("reviewLevels")).isEqualTo(2);

        JsonObject first = Workflow.approve(BAIZHANGJI_REVIEWER, TOWN, submitted).json();
        assertThat(first.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(first.getInt("approvedLevels")).isEqualTo(1);
        assertThat(Api.get("/api/public/divisions/330328101/notices?size=100", null).body()).doesNotContain(title);

        // The same reviewer cannot take the second level too; nor does a notice leave the queue of the other.
        Api.Reply again = Workflow.approve(BAIZHANGJI_REVIEWER, TOWN, first);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().getString("message")).isEqualTo("同一审核人不能审核同一公告的多个级别。");
        assertThat(Api.get(TOWN + "/review-queue", Tokens.of(BAIZHANGJI_REVIEWER)).body()).doesNotContain(title);
        assertThat(Api.get(TOWN + "/review-queue", Tokens.of(BAIZHANGJI_HEAD)).body()).contains(title);

        JsonObject second = Workflow.approve(BAIZHANGJI_HEAD, TOWN, first).json();
        assertThat(second.getString("status")).isEqualTo("PUBLISHED");
        assertThat(Api.get("/api/public/divisions/330328101/notices?size=100", null).body()).contains(title);

        String reviews = Api.get(TOWN + "/" + second.getString("id") + "/reviews", Tokens.of(BAIZHANGJI_CLERK)).body();
        assertThat(reviews).contains("wc-bzj-reviewer").contains("wc-bzj-head");
        String history = Api.get(TOWN + "/" + second.getString("id") + "/history", Tokens.of(BAIZHANGJI_CLERK)).body();
        assertThat(history).contains("notice.draft-created").contains("notice.submitted").contains("notice.approved")
                .contains("notice.published");
    }

    @Test
    void a_rejection_needs_a_reason_and_returns_the_notice_to_its_author_as_a_draft() {
        JsonObject submitted = Workflow.submit(HUANGZHUANG_CLERK, HZ, create(HUANGZHUANG_CLERK, HZ, notice(unique("退回测试"))));
        String id = submitted.getString("id");
        Api.Reply noReason = Api.post(HZ + "/" + id + "/reject", Tokens.of(HUANGZHUANG_REVIEWER), decision(Workflow.version(submitted), " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("message")).isEqualTo("请填写理由。");

        Api.Reply rejected = Api.post(HZ + "/" + id + "/reject", Tokens.of(HUANGZHUANG_REVIEWER),
                decision(Workflow.version(submitted), "补助金额与村民代表会议记录不一致"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("DRAFT");
        assertThat(Api.get(HZ + "/" + id + "/reviews", Tokens.of(HUANGZHUANG_CLERK)).body())
                .contains("REJECTED").contains("补助金额与村民代表会议记录不一致");
        // The author can change the draft again and resubmit.
        Api.Reply revised = Api.put(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK),
                Api.notice("退回后修改", "更正后的正文", Workflow.version(rejected.json())));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(Workflow.submit(HUANGZHUANG_CLERK, HZ, revised.json()).getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_clerk_cannot_approve_and_a_reviewer_cannot_write() {
        JsonObject submitted = Workflow.submit(HUANGZHUANG_CLERK, HZ, create(HUANGZHUANG_CLERK, HZ, notice(unique("自审测试"))));
        assertThat(Workflow.approve(HUANGZHUANG_CLERK, HZ, submitted).status()).isEqualTo(403);
        assertThat(Api.post(HZ, Tokens.of(HUANGZHUANG_REVIEWER), Api.notice("审核人撰写", "不行")).status()).isEqualTo(403);
        assertThat(Api.get(HZ + "/review-queue", Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(403);
    }

    @Test
    void a_notice_scheduled_for_later_waits_and_is_then_published_by_itself() throws InterruptedException {
        String title = unique("定时发布公告");
        JsonObject draft = create(XILI_CLERK, XL, notice(title).add("publishAt", Instant.now().plusSeconds(5).toString()));
        JsonObject approved = Workflow.approve(XILI_REVIEWER, XL, Workflow.submit(XILI_CLERK, XL, draft)).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(Api.get("/api/public/divisions/330328101202/notices?size=100", null).body()).doesNotContain(title);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !Api.get("/api/public/divisions/330328101202/notices?size=100", null).body().contains(title)) {
            Thread.sleep(2000);
        }
        assertThat(Api.get("/api/public/divisions/330328101202/notices?size=100", null).body()).contains(title);
        assertThat(Api.get(XL + "/" + draft.getString("id"), Tokens.of(XILI_CLERK)).json().getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void a_public_notice_leaves_the_board_when_its_period_ends_and_stays_in_the_staff_archive() {
        String title = unique("低保对象初审名单公示");
        JsonObject draft = create(HUANGZHUANG_CLERK, HZ, notice(title).add("genre", "PUBLIC_NOTICE")
                .add("noticeStartsOn", TODAY.minusDays(8).toString()).add("noticeEndsOn", TODAY.minusDays(1).toString()));
        String id = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, draft).getString("id");

        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);
        Api.Reply gone = Api.get("/api/public/divisions/330328101200/notices/" + id, null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().getString("message")).contains("公示期已于").contains(TODAY.minusDays(1).toString());
        Api.Reply page = Api.get("/board/330328101200/notices/" + id, null);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("公示期已于").doesNotContain("正文：");
        assertThat(Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json().getString("title")).isEqualTo(title);

        JsonObject current = create(HUANGZHUANG_CLERK, HZ, notice(unique("公示期内")).add("genre", "PUBLIC_NOTICE")
                .add("noticeStartsOn", TODAY.toString()).add("noticeEndsOn", TODAY.plusDays(7).toString()));
        String currentId = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, current).getString("id");
        assertThat(Api.get("/board/330328101200/notices/" + currentId, null).body()).contains("公示期")
                .contains(TODAY.plusDays(7).toString());
    }

    @Test
    void a_normative_document_is_published_together_with_its_interpretation_and_shows_its_validity() {
        String docTitle = unique("百丈漈镇村级公益事业建设管理办法");
        JsonObject doc = create(BAIZHANGJI_CLERK, TOWN, notice(docTitle).add("genre", "NORMATIVE_DOCUMENT")
                .add("documentNumber", "百政发〔2026〕12号").add("needsInterpretation", true));
        JsonObject interpretation = create(BAIZHANGJI_CLERK, TOWN, notice(unique("《管理办法》政策解读"))
                .add("genre", "POLICY_INTERPRETATION").add("interpretsId", doc.getString("id")));
        // Two levels in the town (see the policy test); set them explicitly so the order of tests does not matter.
        Api.put("/api/divisions/330328101/review-policy", Tokens.of(WENCHENG_ADMIN), Json.createObjectBuilder().add("levels", 2).build());

        JsonObject docInReview = Workflow.submit(BAIZHANGJI_CLERK, TOWN, doc);
        JsonObject docLevel1 = Workflow.approve(BAIZHANGJI_REVIEWER, TOWN, docInReview).json();
        // The document cannot go out before its interpretation is approved.
        Api.Reply tooEarly = Workflow.approve(BAIZHANGJI_HEAD, TOWN, docLevel1);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().getString("message")).contains("同步发布");

        JsonObject interpInReview = Workflow.submit(BAIZHANGJI_CLERK, TOWN, interpretation);
        JsonObject interpLevel1 = Workflow.approve(BAIZHANGJI_REVIEWER, TOWN, interpInReview).json();
        JsonObject interpApproved = Workflow.approve(BAIZHANGJI_HEAD, TOWN, interpLevel1).json();
        assertThat(interpApproved.getString("status")).as("an interpretation waits for its document").isEqualTo("APPROVED");

        JsonObject docPublished = Workflow.approve(BAIZHANGJI_HEAD, TOWN, docLevel1).json();
        assertThat(docPublished.getString("status")).isEqualTo("PUBLISHED");
        JsonObject interpNow = Api.get(TOWN + "/" + interpretation.getString("id"), Tokens.of(BAIZHANGJI_CLERK)).json();
        assertThat(interpNow.getString("status")).isEqualTo("PUBLISHED");

        JsonObject publicDoc = Api.get("/api/public/divisions/330328101/notices/" + doc.getString("id"), null).json();
        assertThat(publicDoc.getString("interpretationId")).isEqualTo(interpretation.getString("id"));
        assertThat(publicDoc.getString("validity")).isEqualTo("IN_FORCE");
        String page = Api.get("/board/330328101/notices/" + doc.getString("id"), null).body();
        assertThat(page).contains("百政发〔2026〕12号").contains("现行有效")
                .contains("/board/330328101/notices/" + interpretation.getString("id"));
        assertThat(Api.get("/board/330328101/notices/" + interpretation.getString("id"), null).body())
                .contains("/board/330328101/notices/" + doc.getString("id"));
    }

    @Test
    void an_abolished_normative_document_is_marked_on_its_own_page() {
        Api.put("/api/divisions/330328101200/review-policy", Tokens.of(WENCHENG_ADMIN), Json.createObjectBuilder().add("levels", 1).build());
        JsonObject doc = create(HUANGZHUANG_CLERK, HZ, notice(unique("篁庄村村规民约（旧）")).add("genre", "NORMATIVE_DOCUMENT")
                .add("validity", "ABOLISHED"));
        String id = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, doc).getString("id");
        assertThat(Api.get("/board/330328101200/notices/" + id, null).body()).contains("本文件已废止");
        JsonObject expired = create(HUANGZHUANG_CLERK, HZ, notice(unique("临时管理规定")).add("genre", "NORMATIVE_DOCUMENT")
                .add("validUntil", TODAY.minusDays(1).toString()));
        String expiredId = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, expired).getString("id");
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + expiredId, null).json().getString("validity")).isEqualTo("EXPIRED");
        assertThat(Api.get("/board/330328101200/notices/" + expiredId, null).body()).contains("本文件已失效");
    }

    @Test
    void a_withdrawn_notice_leaves_the_board_with_410_and_the_reason_is_kept() {
        String title = unique("撤回测试公告");
        JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, create(HUANGZHUANG_CLERK, HZ, notice(title)));
        String id = published.getString("id");
        assertThat(Api.post(HZ + "/" + id + "/withdraw", Tokens.of(HUANGZHUANG_CLERK), decision(Workflow.version(published), "")).status())
                .isEqualTo(400);
        Api.Reply withdrawn = Api.post(HZ + "/" + id + "/withdraw", Tokens.of(HUANGZHUANG_CLERK),
                decision(Workflow.version(published), "公示内容有误，更正后重新发布"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);
        Api.Reply gone = Api.get("/api/public/divisions/330328101200/notices/" + id, null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().getString("message")).isEqualTo("该公告已撤回。");
        assertThat(Api.get("/board/330328101200/notices/" + id, null).status()).isEqualTo(410);
        assertThat(Api.get(HZ + "/" + id + "/history", Tokens.of(HUANGZHUANG_CLERK)).body()).contains("公示内容有误，更正后重新发布");
    }

    @Test
    void withheld_information_never_reaches_the_board_and_comes_up_for_rereview() {
        JsonObject withheld = create(HUANGZHUANG_CLERK, HZ, notice(unique("村集体经济合作社内部审议稿"))
                .add("disclosure", "WITHHELD").add("withholdingReason", "PROCESS_INFORMATION")
                .add("rereviewOn", TODAY.toString()));
        JsonObject approved = Workflow.approve(HUANGZHUANG_REVIEWER, HZ, Workflow.submit(HUANGZHUANG_CLERK, HZ, withheld)).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + withheld.getString("id"), null).status()).isEqualTo(404);
        assertThat(Api.get(HZ + "/due-for-rereview", Tokens.of(HUANGZHUANG_CLERK)).body()).contains(withheld.getString("id"));
        assertThat(Api.get(HZ + "/due-for-rereview", Tokens.of(WENCHENG_SUPERVISOR)).body()).contains(withheld.getString("id"));
        assertThat(Api.get(HZ + "/due-for-rereview", Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
    }

    @Test
    void another_tenants_staff_can_use_none_of_the_workflow_endpoints() {
        String title = unique("篁庄村审核中公告");
        JsonObject submitted = Workflow.submit(HUANGZHUANG_CLERK, HZ, create(HUANGZHUANG_CLERK, HZ, notice(title)));
        String id = submitted.getString("id");
        long v = Workflow.version(submitted);
        for (Api.Reply r : new Api.Reply[]{
                Api.post(HZ + "/" + id + "/submit?version=" + v, Tokens.of(XILI_CLERK), null),
                Api.post(HZ + "/" + id + "/approve", Tokens.of(XILI_REVIEWER), decision(v, null)),
                Api.post(HZ + "/" + id + "/reject", Tokens.of(XILI_REVIEWER), decision(v, "越权")),
                Api.post(HZ + "/" + id + "/withdraw", Tokens.of(XILI_CLERK), decision(v, "越权")),
                Api.get(HZ + "/" + id + "/history", Tokens.of(XILI_CLERK)),
                Api.get(HZ + "/" + id + "/reviews", Tokens.of(FENGZHONG_CLERK)),
                Api.get(HZ + "/review-queue", Tokens.of(XILI_REVIEWER)),
                Api.put("/api/divisions/330328101200/review-policy", Tokens.of(HUANGZHUANG_CLERK), Json.createObjectBuilder().add("levels", 3).build()),
                Api.put("/api/divisions/330213001001/review-policy", Tokens.of(WENCHENG_ADMIN), Json.createObjectBuilder().add("levels", 3).build()),
                Api.get("/api/divisions/330328101200/review-policy", Tokens.of(FENGZHONG_CLERK))}) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.body()).doesNotContain(title);
        }
        // The same id addressed through the other village's own path is simply not there.
        for (Api.Reply r : new Api.Reply[]{
                Api.post(XL + "/" + id + "/approve", Tokens.of(XILI_REVIEWER), decision(v, null)),
                Api.post(XL + "/" + id + "/reject", Tokens.of(XILI_REVIEWER), decision(v, "越权")),
                Api.get(XL + "/" + id + "/history", Tokens.of(XILI_CLERK))}) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.body()).doesNotContain(title);
        }
        assertThat(Api.get(XL + "/review-queue", Tokens.of(XILI_REVIEWER)).body()).doesNotContain(title);
        assertThat(Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json().getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_correction_is_reviewed_then_published_as_a_new_revision_and_the_earlier_text_stays_readable() {
        Api.put("/api/divisions/330328101200/review-policy", Tokens.of(WENCHENG_ADMIN), Json.createObjectBuilder().add("levels", 1).build());
        String title = unique("2026年度惠农补贴发放公示");
        JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ,
                create(HUANGZHUANG_CLERK, HZ, notice(title).add("body", "每户补贴300元。")));
        String id = published.getString("id");

        JsonObject correction = Json.createObjectBuilder().add("version", Workflow.version(published))
                .add("title", title + "（更正）").add("body", "每户补贴350元。").add("changeNote", "补贴标准更正为每户350元").build();
        Api.Reply proposed = Api.post(HZ + "/" + id + "/revise", Tokens.of(HUANGZHUANG_CLERK), correction);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        // Until the reviewer approves, residents keep reading the published text.
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + id, null).json().getString("body")).isEqualTo("每户补贴300元。");
        assertThat(Api.get(HZ + "/review-queue", Tokens.of(HUANGZHUANG_REVIEWER)).body()).contains(id);
        // Another village's clerk cannot propose corrections here.
        assertThat(Api.post(HZ + "/" + id + "/revise", Tokens.of(XILI_CLERK), correction).status()).isEqualTo(403);

        JsonObject approved = Workflow.approve(HUANGZHUANG_REVIEWER, HZ, proposed.json()).json();
        assertThat(approved.getInt("revision")).isEqualTo(2);
        JsonObject now = Api.get("/api/public/divisions/330328101200/notices/" + id, null).json();
        assertThat(now.getString("body")).isEqualTo("每户补贴350元。");
        assertThat(now.getString("changeNote")).isEqualTo("补贴标准更正为每户350元");
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + id + "/revisions", null).body())
                .contains("每户补贴300元。").contains("\"revision\":1");
        String page = Api.get("/board/330328101200/notices/" + id, null).body();
        assertThat(page).contains("更正说明：补贴标准更正为每户350元").contains("/notices/" + id + "/revisions");
        assertThat(Api.get("/board/330328101200/notices/" + id + "/revisions", null).body()).contains("每户补贴300元。");
        assertThat(Api.get("/api/public/notices/" + id + "/verify", null).json().getBoolean("verified")).isTrue();
        assertThat(Api.get(HZ + "/" + id + "/history", Tokens.of(HUANGZHUANG_CLERK)).body())
                .contains("notice.revision-proposed").contains("notice.revision-published");
    }
}
