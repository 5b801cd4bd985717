package org.gongshi.web.site.kiosk;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.site.SelfCheckPages;
import org.gongshi.web.site.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The relief self-check at the kiosk: the form posts within the kiosk and waits for the typist, the
 * answer links only the kiosk's own notices and leaves the screen by itself, every payload inert.
 */
class KioskSelfCheckTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String KIOSK = "/kiosk/330328101200/";
    private static final KioskFrame FRAME = new KioskFrame(HUANGZHUANG, "", 60, Instant.parse("2026-11-20T02:05:00Z"),
            Locale.SIMPLIFIED_CHINESE);

    private static void assertInsideTheKiosk(Document page) {
        assertThat(page.select("a[href]:not(.skip)")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).as(a.outerHtml()).startsWith(KIOSK));
        assertThat(page.select("form")).allSatisfy(f -> assertThat(f.attr("action")).startsWith(KIOSK));
    }

    @Test
    void the_form_posts_within_the_kiosk_and_is_never_sent_home_without_the_warning() {
        Document page = Jsoup.parse(new KioskSelfCheck().form(FRAME));
        assertInsideTheKiosk(page);
        assertThat(page.select("form").attr("action")).isEqualTo(KIOSK + "self-check");
        assertThat(page.select("noscript")).isEmpty();
        assertThat(page.body().attr("data-form")).isEqualTo("true");
        assertThat(page.select("style").html()).contains("min-height:80px");
        Document refused = Jsoup.parse(FRAME.formPage("查询", FRAME.home(),
                SelfCheckPages.form(KioskSelfCheck.where(FRAME), "王小明", Map.of("idNumber", "请输入身份证号码。"))));
        assertThat(refused.select("#form-errors li a")).as("problems link nowhere on a kiosk").isEmpty();
        assertThat(refused.select("#form-errors li").text()).isEqualTo("请输入身份证号码。");
        assertInsideTheKiosk(refused);
    }

    @Test
    void the_answer_links_the_kiosks_own_notice_and_leaves_the_screen_by_itself() {
        String html = FRAME.page("查询结果", FRAME.home(), KioskRequests.STYLE + SelfCheckPages.result(KioskSelfCheck.where(FRAME),
                List.of(new SelfCheckMatch("篁庄村低保初审对象名单", ReliefListType.DIBAO_FIRST_REVIEW, "n-1",
                        LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 24)))));
        Document page = Jsoup.parse(html);
        assertInsideTheKiosk(page);
        assertThat(page.select("#self-check-lists a").attr("href")).isEqualTo(KIOSK + "notices/n-1");
        assertThat(page.select("#self-check-again").attr("href")).isEqualTo(KIOSK + "self-check");
        // The next person at the screen must not see whether the last one receives assistance.
        assertThat(Jsoup.parse(page.selectFirst("noscript").html()).select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("60;url=" + KIOSK);
    }

    @Test
    void the_home_screen_offers_the_self_check() {
        Document home = Jsoup.parse(KioskPages.home(FRAME, List.of(new KioskPages.Tile("other", "其他", 0)), 0));
        assertThat(home.select("#kiosk-self-check").attr("href")).isEqualTo(KIOSK + "self-check");
        assertThat(home.select("#kiosk-self-check").text()).isEqualTo("救助名单自助查询");
    }

    @Test
    void a_refusal_at_the_kiosk_sets_its_status_and_when_to_try_again() throws Exception {
        KioskSelfCheck selfCheck = new KioskSelfCheck();
        selfCheck.flow = new org.gongshi.web.site.SelfCheckFlow() {
            @Override
            public Checking check(jakarta.servlet.http.HttpServletRequest request, Locale locale, DivisionCode division) {
                return new org.gongshi.web.site.RequestFlows.Refused(429, "查询次数过多，请8分钟后再试。", 450);
            }
        };
        HttpServletResponse response = org.mockito.Mockito.mock(HttpServletResponse.class);
        Document page = Jsoup.parse(selfCheck.post(null, response, FRAME));
        org.mockito.Mockito.verify(response).setStatus(429);
        org.mockito.Mockito.verify(response).setHeader("Retry-After", "450");
        assertThat(page.select(".refusal").text()).isEqualTo("查询次数过多，请8分钟后再试。");
        assertInsideTheKiosk(page);
    }

    @Test
    void every_payload_of_the_xss_corpus_stays_text_on_the_self_check_pages() {
        Set<String> elements = new HashSet<>(Set.of("script", "noscript", "form", "input", "label", "button", "br", "span"));
        Set<String> attributes = new HashSet<>(Set.of("data-idle-seconds", "data-home", "data-at-home", "data-rendered", "data-form", "hidden",
                "defer", "http-equiv", "aria-current", "aria-live", "aria-labelledby", "method", "action", "accept-charset", "value", "for",
                "maxlength", "aria-required", "aria-invalid", "aria-describedby", "autocomplete", "spellcheck", "data-on-list"));
        SelfCheckPages.Where where = KioskSelfCheck.where(FRAME);
        for (String payload : XssCorpus.payloads()) {
            List<String> pages = List.of(
                    FRAME.formPage(payload, FRAME.home(), SelfCheckPages.form(where, payload, Map.of("idNumber", payload, "name", payload))),
                    FRAME.page(payload, FRAME.home(), SelfCheckPages.result(where, List.of(new SelfCheckMatch(payload,
                            ReliefListType.TEKUN, payload, LocalDate.of(2026, 11, 16), null)))),
                    FRAME.page(payload, FRAME.home(), SelfCheckPages.refusal(where, payload, payload)));
            for (String html : pages) {
                XssCorpus.assertInert(html, payload, elements, attributes);
            }
        }
    }
}
