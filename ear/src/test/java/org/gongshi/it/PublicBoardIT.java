package org.gongshi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;

/** The residents' board: server-rendered HTML, no login, no session, drafts never shown, text escaped. */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicBoardIT {

    private static final String HZ = "/api/divisions/330328101200/notices";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void the_board_shows_published_notices_with_the_full_division_name_and_no_session() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        String published = "已发布公告 " + UUID.randomUUID().toString().substring(0, 8);
        String draft = "未发布草稿 " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject p = Api.post(HZ, token, Api.notice(published, "第一段\n\n第二段")).json();
        Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, p);
        Api.post(HZ, token, Api.notice(draft, "草稿正文"));

        Api.Reply board = Api.get("/board/330328101200", null);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(board.body()).contains("浙江省 温州市 文成县 百丈漈镇 篁庄村委会").contains(published).doesNotContain(draft);
        assertThat(board.body()).doesNotContain("<script");
        assertThat(board.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        // Links up to the town and the county.
        assertThat(board.body()).contains("href=\"/board/330328101\"").contains("href=\"/board/330328\"");

        Api.Reply page = Api.get("/board/330328101200/notices/" + p.getString("id"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(published).contains("<p>第一段</p>").contains("<p>第二段</p>");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void text_that_looks_like_markup_is_shown_as_text() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "<script>alert('" + marker + "')</script><img src=x onerror=alert(1)>";
        JsonObject p = Api.post(HZ, token, Api.notice(title, "<b onclick=\"x()\">粗体</b>")).json();
        Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, p);

        Api.Reply page = Api.get("/board/330328101200/notices/" + p.getString("id"), null);
        assertThat(page.body()).doesNotContain("<script>alert('" + marker).doesNotContain("<img src=x")
                .doesNotContain("<b onclick")
                .contains("&lt;script&gt;alert(&#39;" + marker);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    }

    @Test
    void drafts_and_unknown_divisions_are_not_found_on_the_board() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        JsonObject d = Api.post(HZ, token, Api.notice("草稿不可见 " + UUID.randomUUID(), "内容")).json();
        Api.Reply draftPage = Api.get("/board/330328101200/notices/" + d.getString("id"), null);
        assertThat(draftPage.status()).isEqualTo(404);
        assertThat(draftPage.body()).contains("未找到该公告").doesNotContain("草稿不可见");
        assertThat(Api.get("/board/999999999999", null).status()).isEqualTo(404);
        assertThat(Api.get("/board/330328", null).status()).isEqualTo(200);
        assertThat(Api.get("/board", null).body()).contains("文成县");
    }

    @Test
    void the_board_speaks_chinese_unless_english_is_asked_for() {
        Api.Reply bare = Api.getBare("/board/330328101200");
        assertThat(bare.body()).contains("<html lang=\"zh-CN\">").contains("政务公开栏");
        assertThat(Api.getBare("/board/330328101200?lang=en").body()).contains("<html lang=\"en\">").contains("Public disclosure board");
        assertThat(Api.getBare("/api/public/divisions/999999999999/notices").body()).contains("未找到该区划");
    }

    @Test
    void staff_pages_require_a_login_at_keycloak() {
        Api.Reply root = Api.get("/", null);
        // A browser is sent to Keycloak's login page; the API client without a token gets 401.
        assertThat(root.status()).isIn(302, 303, 401);
    }
}
