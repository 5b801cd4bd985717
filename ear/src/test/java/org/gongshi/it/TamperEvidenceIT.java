package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.web.site.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.FENGZHONG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;

/**
 * Tamper evidence through the real EAR: a notice published through review is in its village's hash
 * chain, its board page shows the recorded content hash and a QR code that a phone would read as
 * the address of the public check, and the check agrees. Drafts stay unknown; the whole chain is
 * for the county's administrator and supervisor only.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TamperEvidenceIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String HZ_CHAIN = "/api/divisions/330328101200/integrity/verify";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject draft(String title) {
        Api.Reply created = Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(title, "正文：" + title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject published(String title) {
        JsonObject notice = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, draft(title));
        assertThat(notice.getString("status")).isEqualTo("PUBLISHED");
        return notice;
    }

    private static String verifyPath(String id) {
        return "/api/public/notices/" + id + "/verify";
    }

    @Test
    void a_published_notice_verifies_with_the_hash_its_board_page_shows_and_its_qr_code_leads_to_that_check() throws Exception {
        String title = unique("关于2026年低保对象初审名单的公示");
        String id = published(title).getString("id");

        Api.Reply verify = Api.get(verifyPath(id), null);
        assertThat(verify.status()).as(verify.body()).isEqualTo(200);
        JsonObject check = verify.json();
        assertThat(check.getString("noticeId")).isEqualTo(id);
        assertThat(check.getString("divisionCode")).isEqualTo("330328101200");
        assertThat(check.getBoolean("verified")).isTrue();
        assertThat(check.isNull("problem")).isTrue();
        assertThat(check.getString("contentHash")).matches("[0-9a-f]{64}");
        assertThat(check.getString("linkHash")).matches("[0-9a-f]{64}");
        assertThat(check.getJsonNumber("sequence").longValue()).isPositive();
        assertThat(check.getString("checkedAt")).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
        assertThat(verify.body()).as("hashes only, never the notice's text").doesNotContain(title);

        Api.Reply page = Api.get("/board/330328101200/notices/" + id, null);
        assertThat(page.status()).isEqualTo(200);
        Matcher shown = Pattern.compile("<code class=\"content-hash\"[^>]*>([0-9a-f]{64})</code>").matcher(page.body());
        assertThat(shown.find()).as("the board page shows the full content hash").isTrue();
        assertThat(shown.group(1)).isEqualTo(check.getString("contentHash"));
        assertThat(page.body()).contains(check.getString("contentHash").substring(0, 8)).doesNotContain("<script");

        Matcher qr = Pattern.compile("<p class=\"verify-qr\">(<svg [^>]*aria-label=\"([^\"]+)\".*?</svg>)</p>")
                .matcher(page.body());
        assertThat(qr.find()).as("the board page shows a QR image with a text alternative").isTrue();
        assertThat(qr.group(2)).isEqualTo("核验本公告的二维码");
        String scanned = QrCodes.decode(qr.group(1));
        assertThat(scanned).isEqualTo(Api.base() + verifyPath(id));

        Api.Reply followed = Api.get(scanned.substring(Api.base().length()), null);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().getBoolean("verified")).isTrue();
    }

    @Test
    void a_withdrawn_notice_still_verifies_against_its_withdrawal() {
        JsonObject notice = published(unique("将撤回的公示"));
        String id = notice.getString("id");
        long publishedAt = Api.get(verifyPath(id), null).json().getJsonNumber("sequence").longValue();

        Api.Reply withdrawn = Api.post(HZ + "/" + id + "/withdraw", Tokens.of(HUANGZHUANG_CLERK),
                Json.createObjectBuilder().add("version", Workflow.version(notice)).add("reason", "内容有误").build());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonObject check = Api.get(verifyPath(id), null).json();
        assertThat(check.getBoolean("verified")).isTrue();
        assertThat(check.getJsonNumber("sequence").longValue()).isGreaterThan(publishedAt);
    }

    @Test
    void drafts_notices_in_review_and_unknown_ids_are_not_found() {
        String title = unique("草稿不可核验");
        JsonObject draft = draft(title);
        Api.Reply ofDraft = Api.get(verifyPath(draft.getString("id")), null);
        assertThat(ofDraft.status()).isEqualTo(404);
        assertThat(ofDraft.json().getString("error")).isEqualTo("error.notice.not-found");
        assertThat(ofDraft.body()).doesNotContain(title);

        JsonObject inReview = Workflow.submit(HUANGZHUANG_CLERK, HZ, draft(unique("审核中不可核验")));
        assertThat(Api.get(verifyPath(inReview.getString("id")), null).status()).isEqualTo(404);

        assertThat(Api.get(verifyPath(UUID.randomUUID().toString()), null).status()).isEqualTo(404);
        assertThat(Api.get(verifyPath("not-an-id"), null).status()).isEqualTo(404);
        assertThat(Api.get(verifyPath("%27%20OR%20%271%27%3D%271"), null).status()).isEqualTo(404);
    }

    @Test
    void the_whole_chain_of_a_village_is_checked_by_its_county_and_by_no_one_else() {
        published(unique("全链核验用公示"));

        Api.Reply byAdmin = Api.get(HZ_CHAIN, Tokens.of(WENCHENG_ADMIN));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        JsonObject chain = byAdmin.json();
        assertThat(chain.getString("divisionCode")).isEqualTo("330328101200");
        assertThat(chain.getJsonNumber("links").longValue()).isPositive();
        assertThat(chain.getBoolean("verified")).as(byAdmin.body()).isTrue();
        assertThat(chain.isNull("firstBroken")).isTrue();

        assertThat(Api.get(HZ_CHAIN, Tokens.of(WENCHENG_SUPERVISOR)).status()).isEqualTo(200);

        assertThat(Api.get(HZ_CHAIN, Tokens.of(XILI_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(HZ_CHAIN, Tokens.of(FENGZHONG_CLERK)).status()).isEqualTo(403);
        assertThat(Api.get(HZ_CHAIN, Tokens.of(HUANGZHUANG_CLERK)).status()).as("the village's own clerk").isEqualTo(403);
        Api.Reply otherCounty = Api.get("/api/divisions/330213001001/integrity/verify", Tokens.of(WENCHENG_ADMIN));
        assertThat(otherCounty.status()).isEqualTo(403);
        assertThat(otherCounty.json().getString("error")).isEqualTo("error.access.other-division");
        assertThat(Api.get(HZ_CHAIN, null).status()).isEqualTo(401);
    }
}
