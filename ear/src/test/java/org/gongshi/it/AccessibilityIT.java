package org.gongshi.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;

/**
 * WCAG 2.1 A and AA on the residents' pages, checked by axe-core in headless Chromium: the board, a
 * notice, the search page, the kiosk's pages and the disclosure-request pages (the forms empty and
 * refused, the confirmation, the status; on the board and at the kiosk) have no violation of impact "serious" or "critical".
 * On failure every violation is listed with its rule, page, element and axe's explanation.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final String HZ = "/api/divisions/330328101200/notices";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

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

    @Test
    void the_residents_pages_have_no_serious_or_critical_wcag_21_aa_violations() throws IOException {
        String title = "无障碍检查公告 " + UUID.randomUUID().toString().substring(0, 8);
        String body = "## 补贴标准\n\n每户每月补贴 **300 元**，详见[县民政局](https://mzj.wencheng.gov.cn/)。\n\n- 申请对象：低保户\n- 申请时间：每月 1 日至 10 日";
        String id = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ,
                Api.post(HZ, Tokens.of(HUANGZHUANG_CLERK), Api.notice(title, body)).json()).getString("id");
        String q = URLEncoder.encode("补贴", StandardCharsets.UTF_8);
        List<String> pages = List.of(
                "/board/330328101200",
                "/board/330328101200/notices/" + id,
                // Until the search capability is merged this is the board's 404 page; checked all the same.
                "/board/330328101200/search?q=" + q,
                "/kiosk/330328101200/",
                "/kiosk/330328101200/notices",
                "/kiosk/330328101200/notices/" + id,
                "/kiosk/330328101200/search?q=" + q,
                // Disclosure requests: the forms on the board, site-wide and at the kiosk.
                "/board/330328101200/requests/new",
                "/board/330328101200/requests/follow",
                "/board/requests/follow",
                "/kiosk/330328101200/request",
                "/kiosk/330328101200/follow");

        browser = Chromium.start();
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(Api.base() + page);
            check(page, problems);
        }
        // The request pages a form leads to: refused with its problems, the confirmation, the status; on the board and at the kiosk.
        for (String form : List.of("/board/330328101200/requests/new", "/kiosk/330328101200/request")) {
            browser.get(Api.base() + form);
            browser.findElement(By.id("request-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
            check(form + " (refused)", problems);
            browser.findElement(By.cssSelector("label[for=request-type-person]")).click();
            browser.findElement(By.id("request-name")).sendKeys("无障碍检查");
            browser.findElement(By.id("request-contact")).sendKeys("13800000000");
            browser.findElement(By.id("request-description")).sendKeys("无障碍检查所需信息 " + UUID.randomUUID());
            browser.findElement(By.id("request-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-number")));
            check(form + " (confirmation)", problems);
            String receipt = browser.findElement(By.id("receipt-number")).getText();
            String code = browser.findElement(By.id("access-code")).getText();
            browser.findElement(By.id("request-follow-link")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("follow-code")));
            browser.findElement(By.id("follow-receipt")).sendKeys(receipt);
            browser.findElement(By.id("follow-code")).sendKeys(code);
            browser.findElement(By.id("follow-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("request-state")));
            check(form + " (status)", problems);
        }
        assertThat(problems).as("WCAG 2.1 AA violations (serious or critical):%n%s", String.join("\n", problems)).isEmpty();
    }

    /** Runs axe on the page in the browser and adds its serious and critical violations to {@code problems}. */
    private void check(String page, List<String> problems) {
        // A "touch" restarts the kiosk's idle timer, so that it does not go home while axe reads the page.
        browser.executeScript("window.dispatchEvent(new Event('pointerdown'))");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe failed on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("rules axe checked and passed on %s", page).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                problems.add(describe(page, rule));
            }
        }
    }

    private static String describe(String page, Rule rule) {
        StringBuilder text = new StringBuilder().append(page).append(" — ").append(rule.getId()).append(" [").append(rule.getImpact())
                .append("] ").append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")");
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml())
                    .append("\n       ").append(String.valueOf(node.getFailureSummary()).replace("\n", "\n       "));
        }
        return text.toString();
    }
}
