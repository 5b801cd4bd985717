package org.gongshi.web.site.kiosk;

import org.gongshi.request.DueDate;
import org.gongshi.request.RequestState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.rest.PublicRequestResource.Filed;
import org.gongshi.web.site.RequestPages;
import org.gongshi.web.site.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests at the kiosk: forms that post and link only within the kiosk, that the idle return never
 * wipes without its warning, a confirmation that goes home by itself and prints as a slip, and every
 * payload of the XSS corpus inert.
 */
class KioskRequestsTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String KIOSK = "/kiosk/330328101200/";
    private static final KioskFrame FRAME = new KioskFrame(HUANGZHUANG, "", 60, Instant.parse("2026-11-20T02:05:00Z"),
            Locale.SIMPLIFIED_CHINESE);
    private static final DueDate DUE = new DueDate(LocalDate.of(2026, 12, 18), false, List.of("自收到申请次日起算20个工作日。"));
    private static final KioskRequests REQUESTS = new KioskRequests();

    private static void assertInsideTheKiosk(Document page) {
        assertThat(page.select("a[href]:not(.skip)")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).as(a.outerHtml()).startsWith(KIOSK));
        assertThat(page.select("form")).allSatisfy(f -> assertThat(f.attr("action")).startsWith(KIOSK));
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).isEqualTo(KIOSK + "kiosk.js"));
    }

    @Test
    void the_filing_form_posts_within_the_kiosk_and_is_never_sent_home_without_the_warning() {
        Document page = Jsoup.parse(REQUESTS.fileForm(FRAME));
        assertInsideTheKiosk(page);
        assertThat(page.select("form").attr("action")).isEqualTo(KIOSK + "request");
        assertThat(page.select("input[name=formToken]").attr("value")).matches("[A-Za-z0-9_-]{22}");
        // No meta refresh: without JavaScript it would clear what was typed without any warning.
        assertThat(page.select("noscript")).isEmpty();
        assertThat(page.body().attr("data-form")).isEqualTo("true");
        assertThat(page.select("#kiosk-idle-warning").text()).contains("已填写的内容将被清除").contains("轻触屏幕");
        assertThat(page.select("#kiosk-back").attr("href")).isEqualTo(KIOSK);
        // Large touch targets for every choice and control.
        assertThat(page.select("style").html()).contains(".choice{display:flex;align-items:center;gap:.5em;min-height:64px")
                .contains("min-height:80px");
        assertThat(page.select("#request-follow-link").attr("href")).isEqualTo(KIOSK + "follow");
        // Problems are listed without links to their fields: nothing on a kiosk page leads anywhere but the kiosk.
        Document refused = Jsoup.parse(FRAME.formPage("申请", FRAME.home(), RequestPages.form(KioskRequests.where(FRAME),
                org.gongshi.web.site.RequestFormData.empty(), Map.of("applicantName", "请填写申请人姓名或名称。"), null)));
        assertThat(refused.select("#form-errors li").text()).isEqualTo("请填写申请人姓名或名称。");
        assertInsideTheKiosk(refused);
    }

    @Test
    void the_follow_form_is_the_kiosks_own_and_waits_for_the_reader_too() {
        Document page = Jsoup.parse(REQUESTS.followForm(FRAME));
        assertInsideTheKiosk(page);
        assertThat(page.select("form").attr("action")).isEqualTo(KIOSK + "follow");
        assertThat(page.select("noscript")).isEmpty();
        assertThat(page.select("#request-file-link").attr("href")).isEqualTo(KIOSK + "request");
    }

    @Test
    void the_confirmation_shows_receipt_and_code_offers_a_slip_and_goes_home_by_itself() {
        Filed filed = new Filed("330328101200-2026-0003", "ABCDEFGHJKMN", "RECEIVED", LocalDate.of(2026, 11, 20), DUE);
        String html = FRAME.page("申请已提交", FRAME.home(),
                KioskRequests.STYLE + RequestPages.confirmation(KioskRequests.where(FRAME), filed, filed.receivedOn()));
        Document page = Jsoup.parse(html);
        assertInsideTheKiosk(page);
        assertThat(page.select("#receipt-number").text()).isEqualTo("330328101200-2026-0003");
        assertThat(page.select("#access-code").text()).isEqualTo("ABCD EFGH JKMN");
        Element print = page.selectFirst("button#print-receipt[data-print]");
        assertThat(print.text()).isEqualTo("打印凭条");
        assertThat(print.hasAttr("hidden")).isTrue();
        // The code leaves the screen after the idle time, even without JavaScript.
        assertThat(Jsoup.parse(page.selectFirst("noscript").html()).select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("60;url=" + KIOSK);
        // Printed, only the slip: the kiosk's bar, banners and buttons stay off the paper.
        assertThat(KioskRequests.STYLE).contains("@media print{.bar,.banner,.skip,main>:not(.receipt-slip){display:none!important}");
    }

    @Test
    void the_home_screen_offers_filing_and_following_within_the_kiosk() {
        Document home = Jsoup.parse(KioskPages.home(FRAME, List.of(new KioskPages.Tile("other", "其他", 0)), 0));
        assertThat(home.select("#kiosk-request").attr("href")).isEqualTo(KIOSK + "request");
        assertThat(home.select("#kiosk-follow").attr("href")).isEqualTo(KIOSK + "follow");
        assertThat(home.select("#kiosk-request").text()).isEqualTo("申请政府信息公开");
    }

    @Test
    void every_payload_of_the_xss_corpus_stays_text_on_the_kiosks_request_pages() {
        Set<String> elements = new HashSet<>(Set.of("script", "noscript", "mark"));
        elements.addAll(Set.of("form", "input", "label", "fieldset", "legend", "textarea", "button", "dl", "dt", "dd"));
        Set<String> attributes = new HashSet<>(Set.of("data-idle-seconds", "data-home", "data-at-home", "data-rendered", "data-form", "hidden",
                "defer", "http-equiv", "aria-current", "aria-live", "aria-labelledby"));
        attributes.addAll(Set.of("method", "action", "accept-charset", "value", "for", "checked", "maxlength", "rows", "aria-required",
                "aria-invalid", "aria-describedby", "autocomplete", "spellcheck", "autocapitalize", "data-print"));
        RequestPages.Where where = KioskRequests.where(FRAME);
        for (String payload : XssCorpus.payloads()) {
            var hostile = new org.gongshi.web.site.RequestFormData(payload, payload, payload, payload, payload, payload);
            DueDate due = new DueDate(LocalDate.of(2026, 12, 18), true, List.of(payload));
            List<String> pages = List.of(
                    FRAME.formPage(payload, FRAME.home(), RequestPages.form(where, hostile, Map.of("applicantName", payload), payload)),
                    FRAME.page(payload, FRAME.home(), RequestPages.confirmation(where,
                            new Filed(payload, payload, payload, LocalDate.of(2026, 11, 20), due), LocalDate.of(2026, 11, 20))),
                    FRAME.formPage(payload, FRAME.home(), RequestPages.followForm(where, payload, payload)),
                    FRAME.page(payload, FRAME.home(), RequestPages.status(where, org.gongshi.web.site.RequestSamples.status(payload, payload,
                            LocalDate.of(2026, 11, 20), RequestState.EXTENDED, due, null, null), null)));
            for (String html : pages) {
                XssCorpus.assertInert(html, payload, elements, attributes);
                assertInsideTheKiosk(Jsoup.parse(html));
            }
        }
    }
}
