package org.gongshi.web.site.kiosk;

import org.gongshi.attachment.PublicAttachment;
import org.gongshi.notice.Genre;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.notice.Validity;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchResults;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.site.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's pages: confined to their board, idle return as configured, hostile text inert. */
class KioskPagesTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String XILI = "330328101202";
    private static final String KIOSK = "/kiosk/330328101200/";
    private static final Instant RENDERED = Instant.parse("2026-11-20T02:05:00Z");
    private static final String ID = "0190f3a2-7b1c-7def-8000-000000000001";
    private static final String OTHER_ID = "0190f3a2-7b1c-7def-8000-000000000002";

    /** What the kiosk's own templates add to the board's elements and attributes. */
    private static final Set<String> KIOSK_ELEMENTS = Set.of("script", "noscript", "mark");
    private static final Set<String> KIOSK_ATTRIBUTES = Set.of("data-idle-seconds", "data-home", "data-at-home", "data-rendered", "hidden", "defer",
            "http-equiv", "aria-current", "aria-live", "aria-labelledby");

    private static KioskFrame frame(int idleSeconds) {
        return new KioskFrame(HUANGZHUANG, "", idleSeconds, RENDERED, Locale.SIMPLIFIED_CHINESE);
    }

    private static PublishedNotice notice(String title, String body) {
        return new PublishedNotice(ID, HUANGZHUANG.value(), title, body, "social-assistance", Genre.NORMATIVE_DOCUMENT, Set.of("社会救助"),
                "篁庄村民委员会", Set.of(), "篁村〔2026〕3号", "330328101200-2026-0003", LocalDate.of(2026, 11, 1), null, null,
                Validity.IN_FORCE, null, OTHER_ID, null, 2, "更正金额", Instant.parse("2026-11-19T02:00:00Z"),
                Instant.parse("2026-11-18T02:00:00Z"));
    }

    private static final String INTEGRITY = "<section class=\"integrity\"><h2>防篡改校验</h2><p><code class=\"content-hash\">"
            + "ab12cd34</code></p><p><a class=\"verify-link\" href=\"http://127.0.0.1:18080/api/public/notices/" + ID
            + "/verify\">http://127.0.0.1:18080/api/public/notices/" + ID + "/verify</a></p></section>";

    private static void assertConfined(String html) {
        Document page = Jsoup.parse(html);
        // The skip link jumps within the page; every other link stays in this board's kiosk.
        assertThat(page.select("a[href]:not(.skip)")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).as(a.outerHtml()).startsWith(KIOSK).doesNotContain(XILI));
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).satisfiesAnyOf(
                src -> assertThat(src).isEqualTo(KIOSK + "kiosk.js"), src -> assertThat(src).startsWith("data:image/")));
        assertThat(page.select("script")).allSatisfy(s -> assertThat(s.data()).isBlank());
        assertThat(page.select("form, iframe, object, embed, base")).isEmpty();
    }

    @Test
    void a_notice_links_only_within_the_kiosk_and_shows_outside_addresses_as_text() {
        String body = "详见[县民政局网站](https://mzj.wencheng.gov.cn/dibao)，或来信[咨询](mailto:mz@wencheng.gov.cn)。";
        List<PublicAttachment> files = List.of(new PublicAttachment("0190f3a2-7b1c-7def-8000-0000000000aa", "低保名单.pdf",
                "application/pdf", "PDF", 12_345, "00"));
        String html = KioskPages.notice(frame(90), notice("2026年第四季度低保名单公示", body), files, INTEGRITY, KIOSK + "sections/social-assistance");

        assertConfined(html);
        Document page = Jsoup.parse(html);
        assertThat(page.select("article h1").text()).isEqualTo("2026年第四季度低保名单公示");
        // The outside site and the verification address stay readable, but cannot be followed.
        assertThat(page.select(".external").eachText()).anySatisfy(t -> assertThat(t).contains("县民政局网站").contains("https://mzj.wencheng.gov.cn/dibao"))
                .anySatisfy(t -> assertThat(t).contains("/api/public/notices/" + ID + "/verify"));
        // The related notice of the same board opens in the kiosk; the earlier revisions (not shown here) are no link.
        assertThat(page.select("p.related a").attr("href")).isEqualTo(KIOSK + "notices/" + OTHER_ID);
        assertThat(html).doesNotContain("/revisions");
        // Attachments listed, not downloadable; the verification hash shown.
        assertThat(page.select("#notice-attachments li").text()).contains("低保名单.pdf");
        assertThat(page.select("#notice-attachments a")).isEmpty();
        assertThat(page.select("#notice-attachments .note").text()).contains("不能下载");
        assertThat(page.select("code.content-hash").text()).isEqualTo("ab12cd34");
        // Back and home always there.
        assertThat(page.select("#kiosk-back").attr("href")).isEqualTo(KIOSK + "sections/social-assistance");
        assertThat(page.select("#kiosk-home").attr("href")).isEqualTo(KIOSK);
    }

    @Test
    void links_to_another_division_or_site_become_text() {
        String html = "<p><a href=\"/board/" + XILI + "/notices/" + OTHER_ID + "\">西里村的公告</a> "
                + "<a href=\"/board/330328101200/notices/" + OTHER_ID + "\">本村公告</a> "
                + "<a href=\"/board/330328101200\">本村公开栏</a> <a href=\"https://example.org\">外网</a></p>";
        Document confined = Jsoup.parseBodyFragment(KioskLinks.confine(html, frame(90)));

        assertThat(confined.select("a").eachAttr("href")).containsExactly(KIOSK + "notices/" + OTHER_ID);
        assertThat(confined.text()).contains("西里村的公告").contains("本村公开栏").contains("外网（https://example.org）");
    }

    @Test
    void pages_go_home_after_the_configured_idle_time_and_the_home_screen_does_not_reload() {
        Document list = Jsoup.parse(KioskPages.list(frame(45), "全部公告", List.of(notice("公示", "正文")), 0, false, "notices"));
        Element refresh = list.selectFirst("noscript");
        assertThat(refresh).isNotNull();
        // In the noscript of the head, as text to a parser with scripting on: what a browser without JavaScript obeys.
        assertThat(Jsoup.parse(refresh.html()).select("meta[http-equiv=refresh]").attr("content")).isEqualTo("45;url=" + KIOSK);
        assertThat(list.body().attr("data-idle-seconds")).isEqualTo("45");
        assertThat(list.body().attr("data-home")).isEqualTo(KIOSK);
        assertThat(list.body().attr("data-at-home")).isEqualTo("false");

        Document home = Jsoup.parse(KioskPages.home(frame(45), List.of(new KioskPages.Tile("social-assistance", "社会救助", 1)), 1));
        assertThat(home.select("noscript")).isEmpty();
        assertThat(home.body().attr("data-at-home")).isEqualTo("true");
        assertThat(home.select("#kiosk-back")).isEmpty();
        assertThat(home.select("#kiosk-sections a").eachAttr("href")).contains(KIOSK + "sections/social-assistance", KIOSK + "notices");
        assertConfined(home.html());

        // Too short to read anything: held at the minimum.
        assertThat(Jsoup.parse(KioskPages.list(frame(1), "x", List.of(), 0, false, "notices")).body().attr("data-idle-seconds"))
                .isEqualTo(String.valueOf(KioskFrame.MIN_IDLE_SECONDS));
    }

    @Test
    void the_offline_banner_says_since_when_in_beijing_time() {
        Document page = Jsoup.parse(KioskPages.list(frame(90), "全部公告", List.of(), 0, false, "notices"));
        Element banner = page.selectFirst("#kiosk-offline");
        assertThat(banner.hasAttr("hidden")).isTrue();
        assertThat(banner.text()).isEqualTo("网络已断开，显示的是 11月20日 10:05 的内容");
    }

    @Test
    void search_by_touch_marks_matches_and_never_shows_another_divisions_hit() {
        SearchWords words = SearchWords.of(List.of(notice("2026年低保户名单公示", "临时救助资金发放")), List.of("社会救助", "财务公开"));
        SearchResults results = new SearchResults("低保", List.of(
                new SearchHit(ID, HUANGZHUANG.value(), "篁庄村", "social-assistance",
                        List.of(new SearchHit.Fragment("2026年", false), new SearchHit.Fragment("低保", true), new SearchHit.Fragment("户名单", false)),
                        List.of(new SearchHit.Fragment("低保", true)), RENDERED, 1f),
                new SearchHit(OTHER_ID, XILI, "西里村", "social-assistance", List.of(new SearchHit.Fragment("西里村低保", true)),
                        List.of(), RENDERED, 1f)), 0, 20, 2);

        String html = KioskPages.search(frame(90), "低保", words, results, true);
        assertConfined(html);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#kiosk-results a").eachAttr("href")).containsExactly(KIOSK + "notices/" + ID);
        assertThat(page.select("#kiosk-results mark").eachText()).contains("低保");
        assertThat(html).doesNotContain("西里村低保");
        assertThat(page.select("#kiosk-query strong").text()).isEqualTo("低保");
        // Keys add a character to what is chosen; backspace removes one.
        assertThat(page.select("#kiosk-keys a").first().attr("href")).startsWith(KIOSK + "search?q=%E4%BD%8E%E4%BF%9D");
        assertThat(page.select("#kiosk-backspace").attr("href")).isEqualTo(KIOSK + "search?q=%E4%BD%8E");
        // Only words that occur in this board's notices (a topic or section name alone finds nothing).
        assertThat(page.select("#kiosk-words a").eachText())
                .contains("低保", "公示", "临时救助", "救助").doesNotContain("医保", "财务公开", "社会救助");
    }

    @Test
    void search_says_so_when_it_is_not_available() {
        String html = KioskPages.search(frame(90), "", new SearchWords(List.of("低保"), List.of("低")), null, false);
        assertThat(Jsoup.parse(html).select(".note").text()).contains("查找功能暂不可用");
    }

    @Test
    void every_payload_of_the_xss_corpus_stays_text_on_every_kiosk_page() {
        for (String payload : XssCorpus.payloads()) {
            PublishedNotice hostile = new PublishedNotice(ID, HUANGZHUANG.value(), payload, payload + "\n\n" + payload, payload,
                    Genre.NORMATIVE_DOCUMENT, Set.of(payload), payload, Set.of(payload), payload, payload, null, null, null,
                    Validity.ABOLISHED, null, null, null, 2, payload, RENDERED, RENDERED);
            KioskFrame f = frame(90);
            List<String> pages = List.of(
                    KioskPages.home(f, List.of(new KioskPages.Tile(payload, payload, 1)), 1),
                    KioskPages.list(f, payload, List.of(hostile), 1, true, "sections/x"),
                    KioskPages.notice(f, hostile, List.of(new PublicAttachment(ID, payload, "text/plain", payload, 1, payload)),
                            "", KIOSK),
                    KioskPages.search(f, payload, SearchWords.of(List.of(hostile), List.of(payload)), new SearchResults(payload,
                            List.of(new SearchHit(ID, HUANGZHUANG.value(), payload, payload, List.of(new SearchHit.Fragment(payload, true)),
                                    List.of(new SearchHit.Fragment(payload, false)), RENDERED, 1f)), 0, 20, 1), true),
                    KioskPages.message(f, payload, payload));
            for (String html : pages) {
                XssCorpus.assertInert(html, payload, KIOSK_ELEMENTS, KIOSK_ATTRIBUTES);
                assertConfined(html);
            }
            assertThat(Jsoup.parse(pages.get(2)).select("article h1").text())
                    .isEqualTo(Jsoup.parse("<p>" + org.gongshi.web.site.Html.text(payload) + "</p>").text());
        }
    }

    @Test
    void every_kiosk_text_is_in_chinese_and_english() throws IOException {
        assertThat(kioskKeys("/vaadin-i18n/translations.properties")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(kioskKeys("/vaadin-i18n/translations_en.properties"));
    }

    private static Set<String> kioskKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KioskPagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("kiosk.") || k.startsWith("site."))
                .collect(Collectors.toSet());
    }
}
