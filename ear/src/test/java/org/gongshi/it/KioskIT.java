package org.gongshi.it;

import jakarta.json.JsonObject;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * The reading-point kiosk against the real server: a village's kiosk shows its own published
 * notices and nothing of the neighbouring village, keeps no session, goes home after the idle time
 * configured for the test server ({@code gongshi.kiosk.idle-seconds}, see {@code arquillian.xml}),
 * and in a real browser is used by taps alone and keeps showing its pages when the network drops.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final String XL = "/api/divisions/330328101202/notices";
    private static final String HZ_KIOSK = "/kiosk/330328101200/";
    private static final String XL_KIOSK = "/kiosk/330328101202/";
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

    private static JsonObject publishedIn(String path, boolean huangzhuang, String title, String body) {
        var clerk = huangzhuang ? HUANGZHUANG_CLERK : XILI_CLERK;
        JsonObject draft = Api.post(path, Tokens.of(clerk), Api.notice(title, body)).json();
        return Workflow.publish(clerk, huangzhuang ? HUANGZHUANG_REVIEWER : XILI_REVIEWER, path, draft);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertNoCookieAndConfined(Api.Reply reply, String kiosk) {
        assertThat(reply.headers().allValues("Set-Cookie")).as("cookies of %s", kiosk).isEmpty();
        Document page = Jsoup.parse(reply.body());
        assertThat(page.select("a[href]:not(.skip)").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith(kiosk));
    }

    @Test
    void a_villages_kiosk_shows_its_published_notices_and_never_another_villages() {
        String ours = "篁庄查阅点公告 " + unique();
        String theirs = "西里查阅点公告 " + unique();
        String draft = "篁庄未发布草稿 " + unique();
        String ourId = publishedIn(HZ, true, ours, "本村低保名单公示。").getString("id");
        String theirId = publishedIn(XL, false, theirs, "西里村低保名单公示。").getString("id");
        Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(draft, "草稿"));

        Api.Reply home = Api.get(HZ_KIOSK, null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("篁庄村委会").contains("id=\"kiosk-sections\"");
        assertNoCookieAndConfined(home, HZ_KIOSK);

        Api.Reply all = Api.get(HZ_KIOSK + "notices", null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(ours).doesNotContain(theirs).doesNotContain(draft);
        assertNoCookieAndConfined(all, HZ_KIOSK);
        Api.Reply other = Api.get(HZ_KIOSK + "sections/other", null);
        assertThat(other.body()).contains(ours).doesNotContain(theirs);

        Api.Reply notice = Api.get(HZ_KIOSK + "notices/" + ourId, null);
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.body()).contains(ours).contains("本村低保名单公示");
        assertNoCookieAndConfined(notice, HZ_KIOSK);

        // The neighbouring village's notice, asked for at this village's kiosk: not found, and not shown.
        Api.Reply foreign = Api.get(HZ_KIOSK + "notices/" + theirId, null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("未找到该公告").doesNotContain(theirs).doesNotContain("西里村低保");
        assertThat(foreign.headers().allValues("Set-Cookie")).isEmpty();
        // At its own kiosk it is there.
        assertThat(Api.get(XL_KIOSK + "notices/" + theirId, null).body()).contains(theirs);
        assertThat(Api.get(XL_KIOSK + "notices", null).body()).contains(theirs).doesNotContain(ours);
    }

    @Test
    void search_at_a_kiosk_never_returns_another_villages_notice() throws InterruptedException {
        String word = "龢" + unique();
        String theirs = "西里查找测试 " + word;
        String theirId = publishedIn(XL, false, theirs, "只在西里村公示：" + word).getString("id");
        String query = "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);

        Api.Reply atOurs = Api.get(HZ_KIOSK + query.substring(1), null);
        assertThat(atOurs.status()).isEqualTo(200);
        assertThat(atOurs.body()).doesNotContain(theirId).doesNotContain("西里查找测试");
        assertNoCookieAndConfined(atOurs, HZ_KIOSK);

        Api.Reply atTheirs = Api.get(XL_KIOSK + query.substring(1), null);
        if (atTheirs.body().contains("查找功能暂不可用")) {
            // Search not deployed in this build: the kiosk says so and shows nothing, which the check above covers.
            return;
        }
        // The search index follows publication after the transaction: give it a moment.
        Instant until = Instant.now().plusSeconds(20);
        while (!atTheirs.body().contains(theirId) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            atTheirs = Api.get(XL_KIOSK + query.substring(1), null);
        }
        assertThat(atTheirs.body()).contains(XL_KIOSK + "notices/" + theirId).contains("<mark>");
        assertThat(Api.get(HZ_KIOSK + query.substring(1), null).body()).doesNotContain(theirId);
    }

    @Test
    void pages_return_home_after_the_configured_idle_time_even_without_javascript() {
        Document list = Jsoup.parse(Api.get(HZ_KIOSK + "notices", null).body());
        assertThat(list.body().attr("data-idle-seconds")).isEqualTo(String.valueOf(IDLE_SECONDS));
        String noscript = list.select("head noscript").html();
        assertThat(Jsoup.parse(noscript).select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo(IDLE_SECONDS + ";url=" + HZ_KIOSK);
    }

    @Test
    void the_kiosk_lives_under_its_own_address_with_its_service_worker() {
        Api.Reply bare = Api.get("/kiosk/330328101200", null);
        assertThat(bare.status()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location").orElse("")).endsWith(HZ_KIOSK);

        Api.Reply worker = Api.get(HZ_KIOSK + "sw.js", null);
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(worker.body()).contains("addEventListener('fetch'");
        assertThat(worker.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Api.get(HZ_KIOSK + "kiosk.js", null).headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(Api.get(HZ_KIOSK + "ping", null).status()).isEqualTo(204);

        assertThat(Api.get("/kiosk/999999999999/", null).status()).isEqualTo(404);
        assertThat(Api.get(HZ_KIOSK + "nowhere", null).status()).isEqualTo(404);
        assertThat(Api.get(HZ_KIOSK + "sections/no-such-section", null).status()).isEqualTo(404);
        Api.Reply page = Api.get(HZ_KIOSK, null);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void a_resident_taps_from_home_to_a_notice_and_back_is_sent_home_when_idle_and_reads_on_offline() throws Exception {
        String title = "触屏查阅测试 " + unique();
        publishedIn(HZ, true, title, "请村民于本月底前到村委会领取补贴。");
        browser = Chromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String home = Api.base() + HZ_KIOSK;

        browser.get(home);
        // The service worker takes control of the kiosk's pages.
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("return navigator.serviceWorker.controller !== null")));
        Chromium.screenshot(browser, "kiosk-1-home");

        // Home → all notices → the notice → back → home, by taps only.
        browser.findElement(By.id("kiosk-all")).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@id='kiosk-notices']//a[contains(., '" + title + "')]")));
        assertThat(link.getSize().getHeight()).as("touch target height").isGreaterThanOrEqualTo(48);
        link.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("article h1"), title));
        assertThat(browser.findElement(By.id("kiosk-back")).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-size")).isEqualTo("26px");
        Chromium.screenshot(browser, "kiosk-2-notice");
        browser.findElement(By.id("kiosk-back")).click();
        wait.until(ExpectedConditions.urlToBe(home + "sections/other"));
        browser.findElement(By.id("kiosk-home")).click();
        wait.until(ExpectedConditions.urlToBe(home));

        // Left alone on a notice, the kiosk warns and then goes home by itself.
        browser.findElement(By.id("kiosk-all")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., '" + title + "')]"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("article h1"), title));
        String noticeUrl = browser.getCurrentUrl();
        String renderedOnline = browser.findElement(By.tagName("body")).getAttribute("data-rendered");
        WebDriverWait idle = new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS + 20));
        idle.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle-warning")));
        idle.until(ExpectedConditions.urlToBe(home));

        // The network drops — for the page (Selenium's CDP) and for its service worker (a target of its own):
        // the notice read before is still there, the very copy rendered while online, and the kiosk says since when.
        try (WorkerNetwork worker = WorkerNetwork.of(browser, home + "sw.js")) {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            worker.offline(true);
            browser.get(noticeUrl);
            wait.until(ExpectedConditions.textToBe(By.cssSelector("article h1"), title));
            assertThat(browser.findElement(By.tagName("body")).getAttribute("data-rendered")).isEqualTo(renderedOnline);
            WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-offline")));
            assertThat(banner.getText()).matches("网络已断开，显示的是 \\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 的内容");
            Chromium.screenshot(browser, "kiosk-3-offline");
            browser.findElement(By.id("kiosk-home")).click();
            wait.until(ExpectedConditions.urlToBe(home));
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-offline"))).getText()).contains("网络已断开");
            assertThat(browser.findElements(By.cssSelector("#kiosk-sections a"))).isNotEmpty();

            // Back online, the banner goes.
            worker.offline(false);
            browser.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            browser.navigate().refresh();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("kiosk-offline")));
            assertThat(browser.findElement(By.tagName("body")).getAttribute("data-rendered")).isNotEqualTo(renderedOnline);
        }
        assertThat(List.of(browser.getCurrentUrl())).containsExactly(home);
    }
}
