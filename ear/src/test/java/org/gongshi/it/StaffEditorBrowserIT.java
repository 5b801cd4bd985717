package org.gongshi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk in a real browser (Debian's headless Chromium): Keycloak's login page in Chinese, then
 * the editor with the clerk's full division name, then a draft saved from the form; and a town
 * clerk registering a disclosure request in the inbox and answering it. A screenshot of each step
 * lands in {@code target/screenshots}.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffEditorBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;
    private Path profile;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = newBrowser();
    }

    private WebDriver newBrowser() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium is required for the browser test (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("chromium-driver is required for the browser test").exists();
        profile = Files.createTempDirectory("gongshi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--accept-lang=zh-CN,zh", "--window-size=1366,1600", "--user-data-dir=" + profile);
        // A clerk's browser in China asks for Chinese pages.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_clerk_logs_in_on_keycloaks_chinese_login_page_and_writes_a_draft_in_the_editor() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(Api.base() + "/");

        // Keycloak's own login page, in Chinese.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.realmUrl());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        screenshot("1-login");
        browser.findElement(By.id("username")).sendKeys("wc-hz-clerk");
        browser.findElement(By.id("password")).sendKeys("gongshi");
        browser.findElement(By.id("kc-login")).click();

        // Back in Gongshi: the editor, with the clerk's division spelled out in full.
        WebElement division = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("division-name")));
        wait.until(ExpectedConditions.textToBePresentInElement(division, "篁庄村委会"));
        assertThat(division.getText()).contains("浙江省").contains("文成县").contains("百丈漈镇").contains("篁庄村委会");
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("张晓梅");
        // The staff screens speak Chinese to a Chinese browser.
        assertThat(browser.findElement(By.id("notice-save")).getText()).isEqualTo("保存草稿");
        screenshot("2-editor");

        String title = "浏览器测试公告 " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.cssSelector("#notice-title input")).sendKeys(title);
        browser.findElement(By.cssSelector("#notice-body textarea")).sendKeys("村民代表会议通过的道路修缮方案，现予公示。");
        // Every notice is filed under an item of the village's standard catalog (grouped by level-1).
        choose(wait, "notice-catalog-item", "村务公开 / 村民会议、村民代表会议决定事项及实施情况");
        WebElement save = browser.findElement(By.id("notice-save"));
        WebElement grid = browser.findElement(By.id("notice-grid"));
        // Saved by the button, unless autosave (a few seconds after typing stops) got there first.
        wait.until(d -> (save.isEnabled() && save.getAttribute("disabled") == null) || grid.getText().contains(title));
        if (!grid.getText().contains(title)) {
            click(save);
        }
        wait.until(d -> grid.getText().contains(title));
        screenshot("3-saved");
        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);

        // An attachment, uploaded through the editor's upload component (with its progress bar).
        Path pdf = Files.createTempDirectory("gongshi-upload").resolve("村民代表会议纪要.pdf");
        Files.write(pdf, AttachmentsIT.pdf());
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachments-upload")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", upload);
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        WebElement attachments = browser.findElement(By.id("attachments-list"));
        wait.until(d -> attachments.getText().contains("村民代表会议纪要.pdf"));
        screenshot("3b-attachment");

        // Submitted for review: it waits in the reviewer's queue and is still not public.
        WebElement submit = browser.findElement(By.id("notice-submit"));
        wait.until(d -> submit.isEnabled() && submit.getAttribute("disabled") == null);
        click(submit);
        wait.until(d -> grid.getText().contains("审核中"));
        assertThat(Api.get("/api/public/divisions/330328101200/notices?size=100", null).body()).doesNotContain(title);

        // The clerk of the neighbouring village, in their own browser, sees their own board only.
        browser.quit();
        browser = newBrowser();
        signIn("wc-xl-clerk");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement otherDivision = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("division-name")));
        wait.until(ExpectedConditions.textToBePresentInElement(otherDivision, "西里村委会"));
        WebElement otherGrid = browser.findElement(By.id("notice-grid"));
        assertThat(otherGrid.getText()).doesNotContain(title);
        screenshot("4-other-village");

        // The county supervisor sees the draft, read-only.
        browser.quit();
        browser = newBrowser();
        signIn("wc-county");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement countyGrid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-grid")));
        wait.until(d -> countyGrid.getText().contains(title));
        assertThat(browser.findElements(By.id("notice-save"))).isEmpty();
        assertThat(browser.findElements(By.id("notice-publish"))).isEmpty();
        screenshot("5-county");

        // The village's reviewer approves it from the review queue; then residents see it.
        browser.quit();
        browser = newBrowser();
        signIn("wc-hz-reviewer");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-review"))));
        WebElement queue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grid")));
        wait.until(d -> queue.getText().contains(title));
        click(browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]")));
        WebElement approve = wait.until(ExpectedConditions.elementToBeClickable(By.id("review-approve")));
        screenshot("6-review");
        click(approve);
        WebDriverWait publicWait = new WebDriverWait(browser, Duration.ofSeconds(30));
        publicWait.until(d -> Api.get("/api/public/divisions/330328101200/notices?size=100", null).body().contains(title));
        String id = Api.get("/api/public/divisions/330328101200/notices?size=100", null).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(n -> n.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
        assertThat(Api.get("/board/330328101200/notices/" + id, null).body()).contains("村民代表会议纪要.pdf");
        screenshot("7-approved");
    }

    @Test
    void a_town_clerk_registers_a_request_in_the_inbox_answers_it_as_disclosed_and_finds_the_reply_letter() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        signIn("wc-bzj-clerk");
        WebElement division = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("division-name")));
        wait.until(ExpectedConditions.textToBePresentInElement(division, "百丈漈镇"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-requests"))));

        // Registered at the counter: channel, date of receipt (today, Art. 31), applicant, what is asked.
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("request-register"))));
        choose(wait, "request-register-channel", "当面提交");
        choose(wait, "request-register-applicant-type", "自然人");
        String description = "浏览器测试：百丈漈镇2026年道路养护资金使用情况 " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.cssSelector("#request-register-name input")).sendKeys("王小明");
        browser.findElement(By.cssSelector("#request-register-contact input")).sendKeys("13800000000");
        browser.findElement(By.cssSelector("#request-register-description textarea")).sendKeys(description);
        WebElement register = browser.findElement(By.id("request-register-confirm"));
        wait.until(d -> register.isEnabled() && register.getAttribute("disabled") == null);
        click(register);

        // The receipt number and the access code, once.
        WebElement receiptNumber = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-intake-receipt")));
        String receipt = receiptNumber.getText().strip();
        String code = browser.findElement(By.id("request-intake-code")).getText().strip();
        assertThat(receipt).matches("330328101-\\d{4}-\\d{4}");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        screenshot("8-request-registered");
        click(browser.findElement(By.id("request-intake-close")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("request-intake-code")));
        WebElement grid = browser.findElement(By.id("request-grid"));
        wait.until(d -> grid.getText().contains(receipt));
        assertThat(browser.getPageSource()).doesNotContain(code);

        // Answered as disclosed (table 三 （一）); the reply letter is written as Word and PDF.
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("request-answer"))));
        choose(wait, "request-answer-type", "（一） 予以公开");
        WebElement answer = browser.findElement(By.id("request-answer-confirm"));
        wait.until(d -> answer.isEnabled() && answer.getAttribute("disabled") == null);
        click(answer);
        WebElement pdf = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class, 'request-letter') and contains(., '答复书（PDF）')]")));
        assertThat(browser.findElement(By.id("request-fact-state")).getText()).isEqualTo("已答复");
        screenshot("9-request-answered");
        Object head = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
                        + ".catch(e => done('failed: ' + e));", pdf);
        assertThat(head).isEqualTo("%PDF-");

        // The applicant follows the request with the code and finds the same letter.
        Api.Reply status = Api.getWith("/api/public/requests/" + receipt, java.util.Map.of("X-Access-Code", code));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).contains("REPLY_LETTER").contains("PDF");
    }

    /** Opens a Vaadin select and picks the item with exactly this text. */
    private void choose(WebDriverWait wait, String selectId, String itemText) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId))));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']")));
        item.click();
        wait.until(ExpectedConditions.invisibilityOf(item));
    }

    /** Scrolls the element to the middle of the window first: the form is taller than the screen. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void signIn(String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(Api.base() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("gongshi");
        browser.findElement(By.id("kc-login")).click();
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve("editor-" + name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
