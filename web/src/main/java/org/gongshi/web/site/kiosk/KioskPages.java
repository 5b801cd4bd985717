package org.gongshi.web.site.kiosk;

import org.gongshi.attachment.PublicAttachment;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchResults;
import org.gongshi.web.i18n.FileSizes;
import org.gongshi.web.site.Html;
import org.gongshi.web.site.NoticeArticle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The kiosk's screens as server-rendered HTML: home (the board's sections as big buttons), a list
 * of notices, one notice, and search by touch. Every value is escaped; every link stays under the
 * kiosk's own {@code /kiosk/{code}/}.
 */
final class KioskPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    /** How many characters a reader can put together on the on-screen keyboard. */
    static final int MAX_QUERY = 20;

    /** A section of the board with the number of notices in it. */
    record Tile(String key, String name, int count) {
    }

    private KioskPages() {
    }

    static String home(KioskFrame f, List<Tile> sections, int total) {
        StringBuilder html = new StringBuilder();
        html.append("<h1 id=\"division-name\">").append(Html.text(f.divisionName())).append("</h1>\n")
                .append("<p>").append(Html.text(f.t("kiosk.home.intro"))).append("</p>\n")
                .append("<nav aria-label=\"").append(Html.text(f.t("kiosk.sections"))).append("\">\n<ul class=\"tiles\" id=\"kiosk-sections\">\n");
        for (Tile s : sections) {
            html.append("<li><a class=\"tile\" href=\"").append(Html.text(f.url("sections/" + encode(s.key())))).append("\">")
                    .append(Html.text(s.name())).append("<small>").append(Html.text(f.t("kiosk.count", s.count())))
                    .append("</small></a></li>\n");
        }
        html.append("<li><a class=\"tile\" id=\"kiosk-all\" href=\"").append(Html.text(f.url("notices"))).append("\">")
                .append(Html.text(f.t("kiosk.all"))).append("<small>").append(Html.text(f.t("kiosk.count", total)))
                .append("</small></a></li>\n")
                .append("<li><a class=\"tile\" href=\"").append(Html.text(f.url("search"))).append("\">")
                .append(Html.text(f.t("kiosk.search"))).append("</a></li>\n")
                // Disclosure on request at the reading point (Regulation Art. 27, 29): file one, or follow one with its code.
                .append("<li><a class=\"tile\" id=\"kiosk-request\" href=\"").append(Html.text(f.url("request"))).append("\">")
                .append(Html.text(f.t("intake.link.file"))).append("</a></li>\n")
                .append("<li><a class=\"tile\" id=\"kiosk-follow\" href=\"").append(Html.text(f.url("follow"))).append("\">")
                .append(Html.text(f.t("intake.link.follow"))).append("</a></li>\n")
                // Residents check whether they are on a relief list now on notice (自助查询), by ID number and name.
                .append("<li><a class=\"tile\" id=\"kiosk-self-check\" href=\"").append(Html.text(f.url(KioskSelfCheck.PAGE))).append("\">")
                .append(Html.text(f.t("self-check.link"))).append("</a></li>\n</ul>\n</nav>\n");
        return f.page(f.t("kiosk.home.title"), null, html.toString());
    }

    /** One page of a list of notices; {@code self} is the list's address relative to the kiosk home. */
    static String list(KioskFrame f, String heading, List<PublishedNotice> items, int page, boolean hasNext, String self) {
        StringBuilder html = new StringBuilder("<h1>").append(Html.text(heading)).append("</h1>\n");
        if (items.isEmpty()) {
            html.append("<p>").append(Html.text(f.t("kiosk.list.empty"))).append("</p>\n");
        } else {
            html.append("<ul class=\"list\" id=\"kiosk-notices\">\n");
            for (PublishedNotice n : items) {
                html.append("<li><a href=\"").append(Html.text(f.url("notices/" + n.id()))).append("\">")
                        .append(Html.text(n.title())).append("<span class=\"date\">").append(Html.text(f.t("kiosk.published-on")))
                        .append(" <time datetime=\"").append(n.publishedAt()).append("\">").append(DATE.format(n.publishedAt()))
                        .append("</time></span></a></li>\n");
            }
            html.append("</ul>\n");
        }
        if (page > 0 || hasNext) {
            html.append("<nav class=\"pager\" aria-label=\"").append(Html.text(f.t("kiosk.pages"))).append("\">");
            if (page > 0) {
                html.append("<a class=\"row-btn\" rel=\"prev\" href=\"").append(Html.text(f.url(self + "?page=" + (page - 1)))).append("\">")
                        .append(Html.text(f.t("kiosk.page.previous"))).append("</a>");
            }
            if (hasNext) {
                html.append("<a class=\"row-btn\" rel=\"next\" href=\"").append(Html.text(f.url(self + "?page=" + (page + 1)))).append("\">")
                        .append(Html.text(f.t("kiosk.page.next"))).append("</a>");
            }
            html.append("</nav>\n");
        }
        return f.page(heading, f.home(), html.toString());
    }

    /**
     * One notice, rendered like the board ({@link NoticeArticle}) with its links confined to the kiosk;
     * its attachments listed but not downloadable here; its verification hash ({@code integrity}, the
     * board's panel) shown.
     */
    static String notice(KioskFrame f, PublishedNotice notice, List<PublicAttachment> attachments, String integrity, String back) {
        StringBuilder html = new StringBuilder(NoticeArticle.html(NoticeArticle.Data.of(notice), f.locale(), f.contextPath()));
        if (!attachments.isEmpty()) {
            html.append("<section class=\"attachments\" id=\"notice-attachments\">\n<h2>").append(Html.text(f.t("kiosk.attachments")))
                    .append("</h2>\n<p class=\"note\">").append(Html.text(f.t("kiosk.attachments.not-downloadable"))).append("</p>\n<ul>\n");
            for (PublicAttachment a : attachments) {
                html.append("<li>").append(Html.text(a.fileName())).append(" <span class=\"file-type\">").append(Html.text(a.typeLabel()))
                        .append("</span> <span class=\"file-size\">").append(Html.text(FileSizes.human(a.size()))).append("</span></li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        html.append(integrity == null ? "" : integrity);
        return f.page(notice.title(), back, KioskLinks.confine(html.toString(), f));
    }

    /**
     * Search by touch: what has been put together so far, the board's frequent words, a keyboard of
     * its characters (each key a link that adds the character), and the results with the matches
     * marked. {@code results} is {@code null} before anything was searched or when search is not
     * available ({@code available}).
     */
    static String search(KioskFrame f, String query, SearchWords words, SearchResults results, boolean available) {
        String q = query == null ? "" : query.strip();
        StringBuilder html = new StringBuilder("<h1>").append(Html.text(f.t("kiosk.search.title"))).append("</h1>\n");
        if (!available) {
            html.append("<p class=\"note\">").append(Html.text(f.t("kiosk.search.unavailable"))).append("</p>\n");
        }
        html.append("<p class=\"query\" id=\"kiosk-query\" aria-live=\"polite\"><span class=\"label\">")
                .append(Html.text(f.t("kiosk.search.entered"))).append("</span> <strong>").append(Html.text(q)).append("</strong></p>\n");
        if (!q.isEmpty()) {
            html.append("<nav class=\"actions\" aria-label=\"").append(Html.text(f.t("kiosk.search.edit"))).append("\">")
                    .append("<a class=\"row-btn\" id=\"kiosk-backspace\" href=\"").append(Html.text(searchUrl(f, q.substring(0, q.offsetByCodePoints(q.length(), -1)))))
                    .append("\">").append(Html.text(f.t("kiosk.search.backspace"))).append("</a>")
                    .append("<a class=\"row-btn\" id=\"kiosk-clear\" href=\"").append(Html.text(f.url("search"))).append("\">")
                    .append(Html.text(f.t("kiosk.search.clear"))).append("</a></nav>\n");
        }
        if (results != null) {
            html.append(results(f, results));
        }
        if (!words.words().isEmpty()) {
            html.append("<h2 id=\"kiosk-words-title\">").append(Html.text(f.t("kiosk.search.words"))).append("</h2>\n")
                    .append("<ul class=\"tiles words\" id=\"kiosk-words\" aria-labelledby=\"kiosk-words-title\">\n");
            for (String w : words.words()) {
                html.append("<li><a class=\"tile\" href=\"").append(Html.text(searchUrl(f, w))).append("\">")
                        .append(Html.text(w)).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        if (!words.keys().isEmpty() && q.length() < MAX_QUERY) {
            html.append("<h2 id=\"kiosk-keys-title\">").append(Html.text(f.t("kiosk.search.keys"))).append("</h2>\n")
                    .append("<ul class=\"keys\" id=\"kiosk-keys\" aria-labelledby=\"kiosk-keys-title\">\n");
            for (String k : words.keys()) {
                html.append("<li><a href=\"").append(Html.text(searchUrl(f, q + k))).append("\" aria-label=\"")
                        .append(Html.text(f.t("kiosk.search.add", k))).append("\">").append(Html.text(k)).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        return f.page(f.t("kiosk.search.title"), f.home(), html.toString());
    }

    private static String results(KioskFrame f, SearchResults results) {
        StringBuilder html = new StringBuilder("<h2 id=\"kiosk-results-title\">")
                .append(Html.text(f.t("kiosk.search.found", results.total()))).append("</h2>\n");
        List<SearchHit> hits = results.items().stream()
                // Only this board's notices, whatever the search answers: the kiosk never leaves its division.
                .filter(h -> f.division().value().equals(h.divisionCode())).toList();
        if (hits.isEmpty()) {
            return html.append("<p>").append(Html.text(f.t("kiosk.search.none"))).append("</p>\n").toString();
        }
        html.append("<ul class=\"list\" id=\"kiosk-results\" aria-labelledby=\"kiosk-results-title\">\n");
        for (SearchHit h : hits) {
            html.append("<li><a href=\"").append(Html.text(f.url("notices/" + h.noticeId()))).append("\">").append(marked(h.title()));
            if (h.snippet() != null && !h.snippet().isEmpty()) {
                html.append("<span class=\"date\">").append(marked(h.snippet())).append("</span>");
            }
            html.append("</a></li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    /** The fragments of a hit, the matched ones in {@code <mark>}. */
    static String marked(List<SearchHit.Fragment> fragments) {
        StringBuilder html = new StringBuilder();
        for (SearchHit.Fragment fragment : fragments == null ? List.<SearchHit.Fragment>of() : fragments) {
            if (fragment.match()) {
                html.append("<mark>").append(Html.text(fragment.text())).append("</mark>");
            } else {
                html.append(Html.text(fragment.text()));
            }
        }
        return html.toString();
    }

    /** A short page with a message and the way home: not found, gone, or a failure with its reference. */
    static String message(KioskFrame f, String title, String text) {
        return f.page(title, f.home(), "<h1>" + Html.text(title) + "</h1>\n<p>" + Html.text(text) + "</p>\n"
                + "<p><a class=\"row-btn\" href=\"" + Html.text(f.home()) + "\">" + Html.text(f.t("kiosk.home")) + "</a></p>\n");
    }

    static String searchUrl(KioskFrame f, String q) {
        return q.isEmpty() ? f.url("search") : f.url("search?q=" + encode(q));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
