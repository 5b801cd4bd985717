package org.gongshi.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.Genre;
import org.gongshi.search.CatalogValues;
import org.gongshi.search.LuceneNoticeSearch;
import org.gongshi.search.NoticeSearch;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.PublicSearchResource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /board/{code}/search?q=…}: the search form and results of a division's board (or a
 * county's whole subtree), as server-rendered HTML that works without JavaScript. Matches are
 * marked with {@code <mark>} around escaped text fragments; nothing from a notice is taken as HTML.
 */
@ApplicationScoped
public class SearchPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int PAGE_SIZE = 20;
    private static final String STYLE = "<style>form.search{margin:1em 0}form.search .q{display:flex;gap:.5em;flex-wrap:wrap}"
            + "form.search input[type=search]{font-size:1.1em;padding:.4em;min-width:14em;flex:1}"
            + "form.search button{font-size:1.1em;padding:.4em 1.2em;background:#b71c1c;color:#fff;border:0;border-radius:4px}"
            + "form.search fieldset{border:1px solid #ccc;margin:.8em 0;padding:.5em .8em}"
            + "form.search .filter{display:inline-block;margin:.2em 1em .2em 0}form.search select{font-size:1em;max-width:14em}"
            + "ol.results{padding-left:1.4em}ol.results li{margin:.9em 0}ol.results .snippet{margin:.2em 0;color:#333}"
            + "mark{background:#ffe082;color:inherit;padding:0 .1em}.search-error{color:#b71c1c;font-weight:bold}</style>\n";

    /** The page title and the escaped content of {@code <main>} (after the breadcrumb). */
    public record Rendered(String title, String main) {
    }

    @Inject
    NoticeSearch search;

    @Inject
    BoardSectionService sections;

    public Rendered render(HttpServletRequest request, Locale locale, DivisionCode division) {
        DivisionDirectory directory = DivisionDirectory.seed();
        String name = directory.fullName(division);
        boolean hasChildren = !directory.children(division).isEmpty();
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        boolean subtree = hasChildren && PublicSearchResource.flag(request.getParameter("subtree"));
        int page = parsePage(request.getParameter("page"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("subtree", subtree ? "true" : null);
        for (String p : List.of("section", "topic", "genre", "agency", "audience", "year")) {
            String v = request.getParameter(p);
            params.put(p, v == null || v.isBlank() ? null : v.strip());
        }
        if (Locale.ENGLISH.equals(locale)) {
            params.put("lang", "en");
        }

        StringBuilder html = new StringBuilder(STYLE);
        html.append("<h1>").append(Html.text(Messages.get(locale, "search.heading", name))).append("</h1>\n");
        String results = "";
        String error = null;
        if (!q.isEmpty()) {
            try {
                CatalogFilter filter = new CatalogFilter(params.get("section"), params.get("topic"),
                        PublicSearchResource.genre(params.get("genre")), params.get("agency"), params.get("audience"),
                        PublicSearchResource.year(params.get("year")));
                SearchResults found = search.search(new SearchQuery(division, subtree, q, filter, page, PAGE_SIZE));
                results = results(request, locale, division, subtree, found, params);
            } catch (InvalidInput invalid) {
                error = Messages.get(locale, invalid.messageKey(), invalid.arguments());
            }
        }
        html.append(form(request, locale, division, hasChildren, subtree, params, error));
        if (q.isEmpty()) {
            html.append("<p class=\"search-hint\">").append(Html.text(t(locale, "search.hint"))).append("</p>\n");
        }
        html.append(results);
        html.append("<p><a href=\"").append(boardUrl(request, division)).append("\">").append(Html.text(t(locale, "board.back")))
                .append("</a></p>\n");
        String title = q.isEmpty() ? Messages.get(locale, "search.heading", name) : Messages.get(locale, "search.title", q, name);
        return new Rendered(title, html.toString());
    }

    private String form(HttpServletRequest request, Locale locale, DivisionCode division, boolean hasChildren, boolean subtree,
                        Map<String, String> params, String error) {
        StringBuilder f = new StringBuilder("<form class=\"search\" method=\"get\" role=\"search\" action=\"")
                .append(boardUrl(request, division)).append("/search\">\n");
        if (params.containsKey("lang")) {
            f.append("<input type=\"hidden\" name=\"lang\" value=\"en\">\n");
        }
        f.append("<div class=\"q\"><label for=\"search-q\">").append(Html.text(t(locale, "search.label"))).append("</label>")
                .append("<input type=\"search\" id=\"search-q\" name=\"q\" maxlength=\"").append(LuceneNoticeSearch.MAX_QUERY_LENGTH)
                .append("\" value=\"").append(Html.text(params.get("q"))).append("\"")
                .append(error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"search-error\"").append(">")
                .append("<button type=\"submit\">").append(Html.text(t(locale, "search.submit"))).append("</button></div>\n");
        if (error != null) {
            f.append("<p id=\"search-error\" class=\"search-error\" role=\"alert\">").append(Html.text(error)).append("</p>\n");
        }
        if (hasChildren) {
            f.append("<p><input type=\"checkbox\" id=\"search-subtree\" name=\"subtree\" value=\"true\"")
                    .append(subtree ? " checked" : "").append("><label for=\"search-subtree\">")
                    .append(Html.text(t(locale, "search.subtree"))).append("</label></p>\n");
        }
        CatalogValues values = search.catalogValues(division, subtree);
        Map<String, String> sectionNames = new LinkedHashMap<>();
        for (SectionView s : sections.visibleSections(division)) {
            sectionNames.put(s.key(), s.name());
        }
        f.append("<fieldset><legend>").append(Html.text(t(locale, "search.filters"))).append("</legend>\n");
        f.append(select(locale, "section", "search.filter.section", values.sections(), k -> sectionNames.getOrDefault(k, k), params));
        f.append(select(locale, "topic", "search.filter.topic", values.topics(), Function.identity(), params));
        f.append(select(locale, "genre", "search.filter.genre", values.genres().stream().map(Genre::name).toList(),
                g -> Messages.get(locale, "notice.genre." + g), params));
        f.append(select(locale, "agency", "search.filter.agency", values.agencies(), Function.identity(), params));
        f.append(select(locale, "audience", "search.filter.audience", values.audiences(), Function.identity(), params));
        f.append(select(locale, "year", "search.filter.year", values.years().stream().map(String::valueOf).toList(),
                Function.identity(), params));
        f.append("</fieldset>\n</form>\n");
        return f.toString();
    }

    private static String select(Locale locale, String name, String labelKey, List<String> options, Function<String, String> label,
                                 Map<String, String> params) {
        String chosen = params.get(name);
        StringBuilder s = new StringBuilder("<span class=\"filter\"><label for=\"search-").append(name).append("\">")
                .append(Html.text(t(locale, labelKey))).append("</label> <select id=\"search-").append(name)
                .append("\" name=\"").append(name).append("\"><option value=\"\">").append(Html.text(t(locale, "search.filter.any")))
                .append("</option>");
        List<String> all = new java.util.ArrayList<>(options);
        if (chosen != null && !all.contains(chosen)) {
            all.add(chosen);
        }
        for (String option : all) {
            s.append("<option value=\"").append(Html.text(option)).append("\"").append(option.equals(chosen) ? " selected" : "")
                    .append(">").append(Html.text(label.apply(option))).append("</option>");
        }
        return s.append("</select></span>\n").toString();
    }

    private String results(HttpServletRequest request, Locale locale, DivisionCode division, boolean subtree, SearchResults found,
                           Map<String, String> params) {
        StringBuilder r = new StringBuilder("<section class=\"search-results\" aria-labelledby=\"search-results-heading\">\n<h2 id=\"search-results-heading\">")
                .append(Html.text(t(locale, "search.results"))).append("</h2>\n");
        if (found.incomplete()) {
            r.append("<p class=\"search-incomplete\" role=\"status\">").append(Html.text(t(locale, "search.incomplete"))).append("</p>\n");
        }
        if (found.items().isEmpty()) {
            r.append("<p class=\"empty\">").append(Html.text(Messages.get(locale, "search.none", found.query()))).append("</p>\n");
            return r.append("</section>\n").toString();
        }
        r.append("<p class=\"search-count\" role=\"status\">").append(Html.text(Messages.get(locale, "search.count", found.total())))
                .append("</p>\n<ol class=\"results\" start=\"").append(found.page() * found.size() + 1).append("\">\n");
        for (SearchHit hit : found.items()) {
            r.append("<li><a href=\"").append(request.getContextPath()).append("/board/").append(Html.text(hit.divisionCode()))
                    .append("/notices/").append(Html.text(hit.noticeId()))
                    .append(params.containsKey("lang") ? "?lang=en" : "").append("\">")
                    .append(fragments(hit.title())).append("</a>");
            if (subtree || !hit.divisionCode().equals(division.value())) {
                r.append(" <span class=\"division\">").append(Html.text(Messages.get(locale, "search.in-division", hit.divisionName())))
                        .append("</span>");
            }
            r.append(" <time datetime=\"").append(hit.publishedAt()).append("\">").append(DATE.format(hit.publishedAt())).append("</time>");
            if (!hit.snippet().isEmpty()) {
                r.append("<p class=\"snippet\">").append(fragments(hit.snippet())).append("</p>");
            }
            r.append("</li>\n");
        }
        r.append("</ol>\n");
        long pages = (found.total() + found.size() - 1) / found.size();
        if (pages > 1) {
            String base = boardUrl(request, division) + "/search?";
            r.append("<nav class=\"pages\" aria-label=\"").append(Html.text(t(locale, "search.pages"))).append("\">");
            if (found.page() > 0) {
                r.append("<a rel=\"prev\" href=\"").append(base).append(Html.text(query(params, found.page() - 1))).append("\">")
                        .append(Html.text(t(locale, "board.page.previous"))).append("</a> ");
            }
            r.append(Html.text(Messages.get(locale, "board.page.of", found.page() + 1, pages)));
            if (found.page() + 1 < pages) {
                r.append(" <a rel=\"next\" href=\"").append(base).append(Html.text(query(params, found.page() + 1))).append("\">")
                        .append(Html.text(t(locale, "board.page.next"))).append("</a>");
            }
            r.append("</nav>\n");
        }
        return r.append("</section>\n").toString();
    }

    /** Escaped fragments, the matched ones in {@code <mark>}. */
    static String fragments(List<SearchHit.Fragment> fragments) {
        StringBuilder out = new StringBuilder();
        for (SearchHit.Fragment f : fragments) {
            out.append(f.match() ? "<mark>" + Html.text(f.text()) + "</mark>" : Html.text(f.text()));
        }
        return out.toString();
    }

    private static String query(Map<String, String> params, int page) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null) {
                q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return q.append("&page=").append(page).toString();
    }

    private static String boardUrl(HttpServletRequest request, DivisionCode code) {
        return request.getContextPath() + "/board/" + code.value();
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
