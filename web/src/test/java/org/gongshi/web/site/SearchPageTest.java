package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.notice.Genre;
import org.gongshi.search.CatalogValues;
import org.gongshi.search.NoticeSearch;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchHit.Fragment;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The search page: a form that works without JavaScript, marked matches as escaped text, links to each hit's own board. */
class SearchPageTest {

    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");

    final List<SearchQuery> asked = new ArrayList<>();
    List<SearchHit> hits = List.of();

    SearchPage page() {
        SearchPage page = new SearchPage();
        page.search = new NoticeSearch() {
            @Override
            public SearchResults search(SearchQuery query) {
                asked.add(query);
                if (query.text().length() > 100) {
                    throw new InvalidInput("search.error.query-too-long", 100);
                }
                return new SearchResults(query.text(), hits, query.page(), query.size(), hits.isEmpty() ? 0 : 45);
            }

            @Override
            public CatalogValues catalogValues(DivisionCode division, boolean subtree) {
                return new CatalogValues(List.of("relief"), List.of("社会救助"), List.of(Genre.ANNOUNCEMENT), List.of("村委会"),
                        List.of("困难群众"), List.of(2026));
            }
        };
        page.sections = mock(BoardSectionService.class);
        when(page.sections.visibleSections(org.mockito.ArgumentMatchers.any()))
                .thenReturn(List.of(new SectionView(HUANGZHUANG.value(), "relief", "社会救助栏", 0, false, 0)));
        return page;
    }

    static HttpServletRequest request(Map<String, String> params) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        params.forEach((k, v) -> when(request.getParameter(k)).thenReturn(v));
        return request;
    }

    @Test
    void without_a_query_the_page_is_a_labelled_get_form_and_nothing_is_searched() {
        Document html = Jsoup.parse(page().render(request(Map.of()), Locale.SIMPLIFIED_CHINESE, HUANGZHUANG).main());
        assertThat(html.select("form").attr("method")).isEqualTo("get");
        assertThat(html.select("form").attr("action")).isEqualTo("/board/330328101200/search");
        assertThat(html.select("label[for=search-q]").text()).isEqualTo("搜索词");
        assertThat(html.select("input#search-q").attr("name")).isEqualTo("q");
        for (String filter : List.of("section", "topic", "genre", "agency", "audience", "year")) {
            assertThat(html.select("label[for=search-" + filter + "]")).hasSize(1);
            assertThat(html.select("select#search-" + filter + "[name=" + filter + "]")).hasSize(1);
        }
        assertThat(html.select("select#search-section option[value=relief]").text()).isEqualTo("社会救助栏");
        assertThat(html.select("select#search-genre option[value=ANNOUNCEMENT]").text()).isEqualTo("公告");
        // A village has nothing below it: no subtree checkbox.
        assertThat(html.select("input[name=subtree]")).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void hits_link_to_their_own_board_with_matches_marked_and_everything_escaped() {
        hits = List.of(new SearchHit("0190f3a2-7b1c-7def-8000-000000000001", "330328101202", "西里村委会", null,
                List.of(new Fragment("<b>", false), new Fragment("救助", true), new Fragment("金<script>alert(1)</script>", false)),
                List.of(new Fragment("…", false), new Fragment("救助", true), new Fragment("\"><img src=x onerror=alert(1)>", false)),
                Instant.parse("2026-11-20T02:00:00Z"), 3.5f));
        String main = page().render(request(Map.of("q", "救助", "subtree", "on")), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI).main();
        Document html = Jsoup.parse(main);
        assertThat(html.select("script, img, b")).isEmpty();
        assertThat(html.select("ol.results li a").attr("href")).isEqualTo("/board/330328101202/notices/0190f3a2-7b1c-7def-8000-000000000001");
        assertThat(html.select("ol.results li a mark").text()).isEqualTo("救助");
        assertThat(html.select("ol.results li a").text()).isEqualTo("<b>救助金<script>alert(1)</script>");
        assertThat(html.select(".snippet mark").text()).isEqualTo("救助");
        assertThat(html.select(".division").text()).contains("西里村委会");
        assertThat(html.select("input[name=subtree]").hasAttr("checked")).isTrue();
        assertThat(asked.getFirst().subtree()).isTrue();
        assertThat(asked.getFirst().division()).isEqualTo(BAIZHANGJI);
        assertThat(html.select(".search-count").text()).isEqualTo("共找到 45 条公开信息");
        // 45 results, 20 a page: a link to the next page keeps the query and the scope.
        assertThat(html.select("nav.pages a[rel=next]").attr("href")).isEqualTo("/board/330328101/search?q=%E6%95%91%E5%8A%A9&subtree=true&page=1");
    }

    @Test
    void filters_reach_the_search_and_stay_selected() {
        Document html = Jsoup.parse(page().render(request(Map.of("q", "低保", "topic", "社会救助", "genre", "ANNOUNCEMENT", "year", "2026")),
                Locale.SIMPLIFIED_CHINESE, HUANGZHUANG).main());
        SearchQuery q = asked.getFirst();
        assertThat(q.filter().topic()).isEqualTo("社会救助");
        assertThat(q.filter().genre()).isEqualTo(Genre.ANNOUNCEMENT);
        assertThat(q.filter().year()).isEqualTo(2026);
        assertThat(q.subtree()).isFalse();
        assertThat(html.select("select#search-topic option[selected]").attr("value")).isEqualTo("社会救助");
        assertThat(html.select(".empty").text()).isEqualTo("没有找到与“低保”相关的公开信息，请换个词试试。");
    }

    @Test
    void a_bad_query_or_filter_shows_a_chinese_message_in_the_form() {
        Document tooLong = Jsoup.parse(page().render(request(Map.of("q", "救".repeat(101))), Locale.SIMPLIFIED_CHINESE, HUANGZHUANG).main());
        assertThat(tooLong.select("#search-error").text()).isEqualTo("搜索词太长了，最多 100 个字。");
        assertThat(tooLong.select("input#search-q").attr("aria-invalid")).isEqualTo("true");
        Document badYear = Jsoup.parse(page().render(request(Map.of("q", "救助", "year", "abc")), Locale.SIMPLIFIED_CHINESE, HUANGZHUANG).main());
        assertThat(badYear.select("#search-error").text()).isEqualTo("年份不正确。");
    }

    @Test
    void a_town_offers_the_subtree_checkbox_with_a_label() {
        Document html = Jsoup.parse(page().render(request(Map.of()), Locale.SIMPLIFIED_CHINESE, BAIZHANGJI).main());
        assertThat(html.select("input#search-subtree[type=checkbox][name=subtree]")).hasSize(1);
        assertThat(html.select("label[for=search-subtree]").text()).isNotBlank();
    }

    @Test
    void both_languages_have_the_same_search_keys() throws Exception {
        assertThat(searchKeys("/vaadin-i18n/translations_en.properties")).isEqualTo(searchKeys("/vaadin-i18n/translations.properties"))
                .isNotEmpty();
    }

    private static Set<String> searchKeys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = SearchPageTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("search.")).collect(Collectors.toSet());
    }
}
