package org.gongshi.it;

import jakarta.json.JsonObject;
import org.gongshi.tenancy.keycloak.DemoAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.BAIZHANGJI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.FENGZHONG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * The staff and public notice APIs against the real EAR in the provisioned WildFly, with real
 * tokens from a real Keycloak. Every denial is checked for its status and for the absence of the
 * other tenant's data in the answer.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeApiIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject draft(DemoAccount clerk, String path, String title) {
        Api.Reply created = Api.post(path, Tokens.of(clerk), Api.notice(title, "正文：" + title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void a_clerk_writes_a_draft_publishes_it_and_only_then_the_public_sees_it() {
        String title = unique("关于2026年低保对象初审名单的公示");
        JsonObject draft = draft(HUANGZHUANG_CLERK, HZ, title);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("divisionCode")).isEqualTo("330328101200");
        assertThat(draft.getString("createdAt")).as("instants are ISO-8601 text").matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
        String id = draft.getString("id");

        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + id, null).status()).isEqualTo(404);
        assertThat(Api.get("/board/330328101200", null).body()).doesNotContain(title);

        // Publishing a draft directly is refused: it must be reviewed first.
        Api.Reply direct = Api.post(HZ + "/" + id + "/publish?version=" + Workflow.version(draft), Tokens.of(HUANGZHUANG_CLERK), null);
        assertThat(direct.status()).isEqualTo(409);
        assertThat(direct.json().getString("message")).isEqualTo("公告须经审核通过后才能发布。");
        JsonObject inReview = Workflow.submit(HUANGZHUANG_CLERK, HZ, draft);
        assertThat(inReview.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);
        JsonObject published = Workflow.approve(HUANGZHUANG_REVIEWER, HZ, inReview).json();
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("indexNumber")).matches("330328101200-\\d{4}-\\d{5}");

        JsonObject page = Api.get("/api/public/divisions/330328101200/notices?size=100", null).json();
        assertThat(page.getJsonArray("items").toString()).contains(title).contains(id);
        assertThat(page.getJsonArray("items").toString()).doesNotContain("wc-hz-clerk");
        assertThat(Api.get("/api/public/divisions/330328101200/notices/" + id, null).json().getString("title")).isEqualTo(title);
        // Another village's public board does not show it.
        assertThat(Api.get("/api/public/divisions/330328101202/notices?size=100", null).body()).doesNotContain(title);
        assertThat(Api.get("/api/public/divisions/330328101202/notices/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void a_clerk_of_another_village_can_neither_read_nor_change_a_draft_through_the_api() {
        String title = unique("篁庄村草稿");
        JsonObject draft = draft(HUANGZHUANG_CLERK, HZ, title);
        String id = draft.getString("id");
        String other = Tokens.of(XILI_CLERK);

        // Addressing the other village's division: refused outright.
        assertDenied(Api.get(HZ, other), title, 403);
        assertDenied(Api.get(HZ + "/" + id, other), title, 403);
        assertDenied(Api.put(HZ + "/" + id, other, Api.notice("篡改", "篡改", 0)), title, 403);
        assertDenied(Api.delete(HZ + "/" + id + "?version=0", other), title, 403);
        assertDenied(Api.post(HZ + "/" + id + "/publish?version=0", other, null), title, 403);
        assertDenied(Api.post(HZ, other, Api.notice("冒名公告", "冒名")), title, 403);
        // Addressing its own division with the other village's id: not found, as if it did not exist.
        assertDenied(Api.get(XL + "/" + id, other), title, 404);
        assertDenied(Api.put(XL + "/" + id, other, Api.notice("篡改", "篡改", 0)), title, 404);
        assertDenied(Api.delete(XL + "/" + id + "?version=0", other), title, 404);
        assertDenied(Api.post(XL + "/" + id + "/publish?version=0", other, null), title, 404);
        assertThat(Api.get(XL + "?size=100", other).body()).doesNotContain(title);

        // The draft is untouched.
        JsonObject after = Api.get(HZ + "/" + id, Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(after.getString("title")).isEqualTo(title);
        assertThat(after.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void a_clerk_of_another_county_and_the_town_clerk_cannot_read_a_village_draft() {
        String title = unique("篁庄村内部草稿");
        String id = draft(HUANGZHUANG_CLERK, HZ, title).getString("id");
        assertDenied(Api.get(HZ + "/" + id, Tokens.of(FENGZHONG_CLERK)), title, 403);
        assertDenied(Api.get("/api/divisions/330328/notices", Tokens.of(FENGZHONG_CLERK)), title, 403);
        // Town staff see exactly their town, not the villages below it.
        assertDenied(Api.get(HZ, Tokens.of(BAIZHANGJI_CLERK)), title, 403);
        assertThat(Api.get("/api/divisions/330328101/notices?size=100", Tokens.of(BAIZHANGJI_CLERK)).body()).doesNotContain(title);
    }

    @Test
    void the_county_supervisor_reads_both_villages_but_changes_nothing() {
        String hz = unique("篁庄村公告");
        String xl = unique("西里村公告");
        JsonObject hzDraft = draft(HUANGZHUANG_CLERK, HZ, hz);
        draft(XILI_CLERK, XL, xl);
        String county = Tokens.of(WENCHENG_SUPERVISOR);

        Api.Reply all = Api.get("/api/divisions/330328/notices?size=100", county);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(hz).contains(xl);
        assertThat(Api.get(HZ + "?size=100", county).body()).contains(hz).doesNotContain(xl);
        assertThat(Api.get(HZ + "/" + hzDraft.getString("id"), county).json().getString("title")).isEqualTo(hz);

        String id = hzDraft.getString("id");
        assertThat(Api.put(HZ + "/" + id, county, Api.notice("改", "改", 0)).status()).isEqualTo(403);
        assertThat(Api.post(HZ + "/" + id + "/publish?version=0", county, null).status()).isEqualTo(403);
        assertThat(Api.delete(HZ + "/" + id + "?version=0", county).status()).isEqualTo(403);
        assertThat(Api.post(HZ, county, Api.notice("县里代发", "代发")).status()).isEqualTo(403);
        assertThat(Api.post("/api/divisions/330328/notices", county, Api.notice("县级", "县级")).status()).isEqualTo(403);
        // Not beyond its county.
        assertThat(Api.get("/api/divisions/330213001001/notices", county).status()).isEqualTo(403);
    }

    @Test
    void a_reviewer_reads_their_village_but_cannot_write_yet() {
        String title = unique("审核人可见");
        JsonObject d = draft(HUANGZHUANG_CLERK, HZ, title);
        String reviewer = Tokens.of(HUANGZHUANG_REVIEWER);
        assertThat(Api.get(HZ + "/" + d.getString("id"), reviewer).status()).isEqualTo(200);
        assertThat(Api.post(HZ, reviewer, Api.notice("审核人写", "不行")).status()).isEqualTo(403);
    }

    @Test
    void a_stale_save_is_refused_with_409_and_nothing_is_overwritten() {
        JsonObject d = draft(HUANGZHUANG_CLERK, HZ, unique("并发编辑"));
        String id = d.getString("id");
        long v = d.getJsonNumber("version").longValue();
        String token = Tokens.of(HUANGZHUANG_CLERK);
        Api.Reply first = Api.put(HZ + "/" + id, token, Api.notice("第一次保存", "甲的内容", v));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Reply second = Api.put(HZ + "/" + id, token, Api.notice("第二次保存", "乙的内容", v));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("error")).isEqualTo("error.concurrent-edit");
        assertThat(second.json().getString("message")).contains("已被他人修改");
        assertThat(Api.get(HZ + "/" + id, token).json().getString("body")).isEqualTo("甲的内容");
    }

    @Test
    void bad_input_gets_a_plain_chinese_message_and_no_internals() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        Api.Reply malformed = Api.postRaw(HZ, token, "application/json", "{\"title\": \"未闭合");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("{");
        assertThat(malformed.json().getString("message")).isEqualTo("请求格式不正确。");
        assertNoInternals(malformed);

        Api.Reply blank = Api.post(HZ, token, Api.notice("  ", "正文"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getString("message")).isEqualTo("请填写标题。");

        Api.Reply tooLong = Api.post(HZ, token, Api.notice("长".repeat(201), "正文"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("message")).contains("200");

        Api.Reply noSuchId = Api.get(HZ + "/%27%20OR%20%271%27%3D%271", token);
        assertThat(noSuchId.status()).isIn(400, 404);
        assertNoInternals(noSuchId);

        Api.Reply badDivision = Api.get("/api/divisions/abc/notices", token);
        assertThat(badDivision.status()).isEqualTo(404);

        JsonObject d = draft(HUANGZHUANG_CLERK, HZ, unique("已发布不可删"));
        JsonObject pub = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, d);
        Api.Reply publishedCannotBeDeleted = Api.delete(HZ + "/" + d.getString("id") + "?version=" + Workflow.version(pub), token);
        assertThat(publishedCannotBeDeleted.status()).isEqualTo(409);
        assertThat(publishedCannotBeDeleted.json().getString("message")).isEqualTo("已发布的公告不能删除。");
    }

    @Test
    void requests_without_a_valid_token_are_refused_with_401() {
        assertThat(Api.get(HZ, null).status()).isEqualTo(401);
        String token = Tokens.of(HUANGZHUANG_CLERK);
        String[] parts = token.split("\\.");
        // Same header and signature, a payload claiming another village: the signature no longer fits.
        String forgedPayload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("330328101200", "330328101202");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes()) + "." + parts[2];
        assertThat(Api.get(XL, forged).status()).isEqualTo(401);
        assertThat(Api.get(XL, "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void the_public_api_is_paginated_and_unknown_divisions_are_not_found() {
        String token = Tokens.of(XILI_CLERK);
        for (int i = 0; i < 3; i++) {
            JsonObject d = draft(XILI_CLERK, XL, unique("分页公告" + i));
            Workflow.publish(XILI_CLERK, XILI_REVIEWER, XL, d);
        }
        JsonObject page = Api.get("/api/public/divisions/330328101202/notices?page=0&size=2", null).json();
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        JsonObject second = Api.get("/api/public/divisions/330328101202/notices?page=1&size=2", null).json();
        assertThat(second.getJsonArray("items").toString()).isNotEqualTo(page.getJsonArray("items").toString());

        assertThat(Api.get("/api/public/divisions/999999999999/notices", null).status()).isEqualTo(404);
        assertThat(Api.get("/api/public/divisions/abc/notices", null).status()).isEqualTo(404);
    }

    @Test
    void the_api_is_described_by_openapi_at_a_stable_url() {
        Api.Reply openapi = Api.get("/openapi?format=JSON", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/divisions/{code}/notices/{id}/publish")
                .contains("/api/public/divisions/{code}/notices");
    }

    private static void assertDenied(Api.Reply reply, String secret, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.body()).doesNotContain(secret).doesNotContain("正文：");
        assertNoInternals(reply);
    }

    private static void assertNoInternals(Api.Reply reply) {
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL")
                .doesNotContain("eclipse").doesNotContain("jakarta.");
    }
}
