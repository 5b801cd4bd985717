package org.gongshi.web.site;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.integrity.ChainVerification;
import org.gongshi.notice.BoardVersion;
import org.gongshi.notice.BoardVersions;
import org.gongshi.notice.CatalogFacets;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublicCatalog;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.shared.Gone;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.web.http.PublicUrls;
import org.gongshi.web.http.RenderedCache;
import org.gongshi.web.http.Revalidation;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public disclosure board as plain server-rendered HTML: no login, no JavaScript, no session
 * (it never touches {@code HttpSession}), so it serves many anonymous readers and old phones.
 * <ul>
 *   <li>{@code /board} — the counties;</li>
 *   <li>{@code /board/{code}} — a division's published notices, with links up and down the tree,
 *       browsable by section, topic, genre, agency, audience and year ({@code ?topic=…&year=…}), and
 *       for a county or town with {@code ?scope=subtree} the notices of every board beneath it;</li>
 *   <li>{@code /board/{code}/notices/{id}} — one published notice;</li>
 *   <li>{@code /board/{code}/feed.atom} — the board's Atom feed (same filters).</li>
 * </ul>
 * Every answer about a division carries a weak ETag and Last-Modified from the board version
 * ({@link BoardVersions}, kept in memory), is revalidated on every use ({@code no-cache}), answers
 * 304 when unchanged, and is rendered once per version: the bytes are kept in {@link RenderedCache}.
 */
@WebServlet(urlPatterns = "/board/*")
public class BoardServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BoardServlet.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int PAGE_SIZE = 20;
    /** The query parameters of the catalog, in the order links are written. */
    private static final List<String> FILTER_PARAMETERS = List.of("scope", "section", "topic", "genre", "agency", "audience", "year", "lang");

    @Inject
    PublicBoard board;

    @Inject
    org.gongshi.section.BoardSectionService sections;

    @Inject
    ChainVerification chain;

    @Inject
    SearchPage searchPage;

    @Inject
    PublicCatalog catalog;

    @Inject
    BoardVersions versions;

    @Inject
    RenderedCache rendered;

    @Inject
    RequestSite requestSite;

    @Inject
    SelfCheckSite selfCheckSite;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The board is in Chinese, like the notices on it, whatever language the browser prefers;
        // English only when asked for explicitly (?lang=en).
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Messages.DEFAULT_LOCALE;
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.split("/");
        try {
            if (RequestSite.handles(parts)) {
                requestSite.get(request, response, locale, parts);
            } else if (SelfCheckSite.handles(parts)) {
                selfCheckSite.get(request, response, locale, parts);
            } else if (parts.length <= 1) {
                page(response, locale, t(locale, "board.index.title"), index(request, locale));
            } else if (parts.length == 2) {
                DivisionCode code = division(parts[1]);
                cached(request, response, code, () -> html(locale, DivisionDirectory.seed().fullName(code),
                        feedLink(request, locale, code), divisionPage(request, locale, code, parsePage(request.getParameter("page")))));
            } else if (parts.length == 3 && "search".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                SearchPage.Rendered rendered = searchPage.render(request, locale, code);
                page(response, locale, rendered.title(), breadcrumb(request, locale, code) + rendered.main());
            } else if (parts.length == 3 && "feed.atom".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                cached(request, response, code, () -> feed(request, locale, code));
            } else if (parts.length == 4 && "notices".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                cached(request, response, code, () -> {
                    PublishedNotice notice = board.notice(code, parts[3]);
                    return html(locale, notice.title(), "", noticePage(request, locale, code, notice));
                });
            } else if (parts.length == 5 && "notices".equals(parts[2]) && "revisions".equals(parts[4])) {
                DivisionCode code = division(parts[1]);
                cached(request, response, code, () -> {
                    PublishedNotice notice = board.notice(code, parts[3]);
                    return html(locale, notice.title(), "", revisionsPage(request, locale, code, notice));
                });
            } else {
                throw new NotFound("error.request.not-found");
            }
        } catch (Gone gone) {
            goneNotice(request, response, locale, gone);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(response, locale, t(locale, "board.invalid.title"),
                    "<p class=\"invalid\">" + Html.text(Messages.get(locale, invalid.messageKey(), invalid.arguments())) + "</p><p><a href=\""
                            + request.getContextPath() + "/board\">" + Html.text(t(locale, "board.index.title")) + "</a></p>");
        } catch (NotFound | EJBException e) {
            if (e instanceof EJBException ejb && ejb.getCausedByException() instanceof Gone gone) {
                goneNotice(request, response, locale, gone);
                return;
            }
            NotFound notFound = notFound(e);
            if (notFound == null) {
                failure(response, locale, e);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page(response, locale, t(locale, "board.not-found.title"),
                    "<p>" + Html.text(Messages.get(locale, notFound.messageKey())) + "</p><p><a href=\""
                            + request.getContextPath() + "/board\">" + Html.text(t(locale, "board.index.title")) + "</a></p>");
        } catch (RuntimeException e) {
            failure(response, locale, e);
        }
    }

    /**
     * Only the request pages ({@link RequestSite}) and the relief self-check ({@link SelfCheckSite}) take a
     * POST; the language comes from the address, never from the body.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = RequestSite.locale(request.getQueryString());
        String[] parts = (request.getPathInfo() == null ? "/" : request.getPathInfo()).split("/");
        try {
            if (SelfCheckSite.handles(parts)) {
                selfCheckSite.post(request, response, locale, parts);
                return;
            }
            if (!RequestSite.handles(parts)) {
                response.setHeader("Allow", "GET, HEAD");
                response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                page(response, locale, t(locale, "board.not-found.title"), "<p>" + Html.text(t(locale, "error.request.method-not-allowed")) + "</p>");
                return;
            }
            requestSite.post(request, response, locale, parts);
        } catch (NotFound | EJBException e) {
            NotFound notFound = notFound(e);
            if (notFound == null) {
                failure(response, locale, e);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page(response, locale, t(locale, "board.not-found.title"), "<p>" + Html.text(Messages.get(locale, notFound.messageKey())) + "</p>");
        } catch (RuntimeException e) {
            failure(response, locale, e);
        }
    }

    /**
     * Answers from the rendered bytes of this URL at the division's current version, rendering them
     * only on the first request. A render that fails (404, 410, bad filter) is not kept, and no
     * validator is sent with it; a client whose copy has the current ETag (or is not older than
     * Last-Modified) gets 304 without a body.
     */
    private void cached(HttpServletRequest request, HttpServletResponse response, DivisionCode code,
                        Supplier<RenderedCache.Rendered> render) throws IOException {
        BoardVersion version = versions.current(code);
        String key = RenderedCache.pageKey(request.getRequestURI(), request.getQueryString(), version);
        RenderedCache.Rendered answer = rendered.get(key, render);
        String etag = Revalidation.etag(version);
        if (answer.contentType().startsWith("text/html")) {
            SiteLayout.headers(response);
        } else {
            response.setContentType(answer.contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", Revalidation.CACHE_CONTROL);
        }
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", Revalidation.httpDate(version.lastModified()));
        if (Revalidation.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), etag,
                version.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static RenderedCache.Rendered html(Locale locale, String title, String head, String main) {
        return new RenderedCache.Rendered(SiteLayout.render(locale, title, head, main).getBytes(StandardCharsets.UTF_8),
                "text/html;charset=UTF-8");
    }

    /** The board's Atom feed: the newest notices of the filtered board (or subtree). */
    private RenderedCache.Rendered feed(HttpServletRequest request, Locale locale, DivisionCode code) {
        CatalogFilter filter = filter(request);
        boolean subtree = subtree(request, code);
        var notices = catalog.notices(code, subtree, filter, 0, AtomFeed.ENTRIES).items();
        String site = PublicUrls.base(request);
        String boardUrl = site + "/board/" + code.value();
        String query = request.getQueryString();
        String feedUrl = boardUrl + "/feed.atom" + (query == null || query.isEmpty() ? "" : "?" + query);
        String xml = AtomFeed.render(Messages.get(locale, "board.feed.title", DivisionDirectory.seed().fullName(code)), site, boardUrl,
                feedUrl, versions.current(code).lastModified(), notices);
        return new RenderedCache.Rendered(xml.getBytes(StandardCharsets.UTF_8), AtomFeed.CONTENT_TYPE);
    }

    /** The {@code <link rel="alternate">} of the board's feed, with the same filters as the page. */
    private static String feedLink(HttpServletRequest request, Locale locale, DivisionCode code) {
        return "<link rel=\"alternate\" type=\"application/atom+xml\" title=\""
                + Html.text(Messages.get(locale, "board.feed.title", DivisionDirectory.seed().fullName(code))) + "\" href=\""
                + Html.text(link(request, code, "/feed.atom", null, null)) + "\">\n";
    }

    /** A notice whose period ended or that was withdrawn: say so, with 410, and link back to the board. */
    private void goneNotice(HttpServletRequest request, HttpServletResponse response, Locale locale, Gone gone) throws IOException {
        response.setStatus(HttpServletResponse.SC_GONE);
        page(response, locale, t(locale, "board.gone.title"),
                "<p class=\"gone\">" + Html.text(Messages.get(locale, gone.messageKey(), gone.arguments())) + "</p><p><a href=\""
                        + request.getContextPath() + "/board\">" + Html.text(t(locale, "board.index.title")) + "</a></p>");
    }

    private static NotFound notFound(Exception e) {
        if (e instanceof NotFound n) {
            return n;
        }
        return e instanceof EJBException ejb && ejb.getCausedByException() instanceof NotFound n ? n : null;
    }

    private void failure(HttpServletResponse response, Locale locale, Exception e) throws IOException {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Board page failed, reference " + reference, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        page(response, locale, t(locale, "board.error.title"), "<p>" + Html.text(Messages.get(locale, "error.internal", reference)) + "</p>");
    }

    private String index(HttpServletRequest request, Locale locale) {
        StringBuilder html = new StringBuilder("<h1>").append(Html.text(t(locale, "board.index.title"))).append("</h1>\n<ul class=\"divisions\">\n");
        for (Division county : DivisionDirectory.seed().atLevel(DivisionLevel.COUNTY)) {
            html.append("<li><a href=\"").append(boardUrl(request, county.code())).append("\">")
                    .append(Html.text(DivisionDirectory.seed().fullName(county.code()))).append("</a></li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private String divisionPage(HttpServletRequest request, Locale locale, DivisionCode code, int pageNo) {
        DivisionDirectory directory = DivisionDirectory.seed();
        CatalogFilter filter = filter(request);
        boolean subtree = subtree(request, code);
        StringBuilder html = new StringBuilder();
        html.append(breadcrumb(request, locale, code));
        html.append("<h1 id=\"division-name\">").append(Html.text(directory.fullName(code))).append("</h1>\n");
        html.append("<nav class=\"board-tools\" aria-label=\"").append(Html.text(t(locale, "board.tools"))).append("\">")
                .append("<a id=\"board-search\" href=\"").append(boardUrl(request, code)).append("/search\">")
                .append(Html.text(t(locale, "board.search"))).append("</a>")
                .append("<a id=\"board-request\" href=\"").append(boardUrl(request, code)).append("/requests/new\">")
                .append(Html.text(t(locale, "intake.link.file"))).append("</a>")
                .append("<a id=\"board-request-follow\" href=\"").append(boardUrl(request, code)).append("/requests/follow\">")
                .append(Html.text(t(locale, "intake.link.follow"))).append("</a>")
                .append("<a id=\"board-self-check\" href=\"").append(boardUrl(request, code)).append("/self-check\">")
                .append(Html.text(t(locale, "self-check.link"))).append("</a>")
                .append("<a id=\"board-feed\" rel=\"alternate\" type=\"application/atom+xml\" href=\"")
                .append(Html.text(link(request, code, "/feed.atom", null, null))).append("\">")
                .append(Html.text(t(locale, "board.feed"))).append("</a>");
        if (!subtree) {
            // The printable board (A4/A3 PDF for the physical notice board), of the section shown if one is.
            String pdf = request.getContextPath() + "/api/public/divisions/" + code.value() + "/board.pdf?paper=";
            String section = filter.section() == null ? ""
                    : "&section=" + java.net.URLEncoder.encode(filter.section(), java.nio.charset.StandardCharsets.UTF_8);
            html.append("<span class=\"print-links\">").append(Html.text(t(locale, "print.link"))).append(Locale.ENGLISH.equals(locale) ? ": " : "：")
                    .append("<a id=\"board-print-a4\" href=\"").append(Html.text(pdf + "A4" + section)).append("\">")
                    .append(Html.text(t(locale, "print.link.a4"))).append("</a>")
                    .append("<a id=\"board-print-a3\" href=\"").append(Html.text(pdf + "A3" + section)).append("\">")
                    .append(Html.text(t(locale, "print.link.a3"))).append("</a></span>");
        }
        if (code.level() != DivisionLevel.VILLAGE) {
            html.append("<a id=\"board-scope\" href=\"").append(Html.text(link(request, code, "", "scope", subtree ? null : "subtree")))
                    .append("\">").append(Html.text(t(locale, subtree ? "board.scope.own" : "board.scope.subtree"))).append("</a>");
        }
        html.append("</nav>\n");
        // Sections (栏目) in board order; a notice without a visible section of this board goes under 其他.
        List<org.gongshi.section.SectionView> visible = sections.visibleSections(code);
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        visible.forEach(s -> names.put(s.key(), s.name()));
        String otherKey = org.gongshi.section.DefaultSections.OTHER;
        names.putIfAbsent(otherKey, t(locale, "board.sections.other"));
        String only = filter.section();
        if (only != null && !names.containsKey(only)) {
            throw new NotFound("error.section.not-found");
        }
        CatalogFacets facets = catalog.facets(code, subtree, filter);
        java.util.Map<String, Long> sectionCounts = new java.util.HashMap<>();
        facets.sections().forEach(c -> sectionCounts.put(c.value(), c.count()));
        html.append("<nav class=\"sections\"><a href=\"").append(Html.text(link(request, code, "", "section", null))).append("\"")
                .append(only == null ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
                .append(Html.text(t(locale, "board.sections.all"))).append("</a>");
        names.forEach((key, name) -> html.append(" · <a href=\"").append(Html.text(link(request, code, "", "section", key))).append("\"")
                .append(key.equals(only) ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
                .append(Html.text(name)).append("</a> <span class=\"count\">(").append(sectionCounts.getOrDefault(key, 0L)).append(")</span>"));
        html.append("</nav>\n");
        html.append(catalogPanel(request, locale, code, filter, facets));

        Page<PublishedNotice> notices = catalog.notices(code, subtree, filter, pageNo, PAGE_SIZE);
        html.append("<h2>").append(Html.text(t(locale, "board.notices"))).append(" <span class=\"count\">")
                .append(Html.text(Messages.get(locale, "board.catalog.results", notices.total()))).append("</span></h2>\n");
        java.util.Map<String, List<PublishedNotice>> groups = new java.util.LinkedHashMap<>();
        names.keySet().forEach(key -> groups.put(key, new java.util.ArrayList<>()));
        for (PublishedNotice n : notices.items()) {
            String key = n.section() != null && names.containsKey(n.section()) ? n.section() : otherKey;
            groups.get(key).add(n);
        }
        if (only != null) {
            groups.keySet().retainAll(List.of(only));
        }
        boolean any = false;
        for (var group : groups.entrySet()) {
            List<PublishedNotice> items = group.getValue();
            if (items.isEmpty() && only == null) {
                continue;
            }
            any = true;
            html.append("<section class=\"board-section\" id=\"section-").append(Html.text(group.getKey())).append("\">\n<h3>")
                    .append(Html.text(names.get(group.getKey()))).append("</h3>\n");
            if (items.isEmpty()) {
                html.append("<p class=\"empty\">").append(Html.text(t(locale, "board.sections.empty"))).append("</p>\n");
            } else {
                html.append("<ul class=\"notices\">\n");
                for (PublishedNotice n : items) {
                    html.append("<li>");
                    if (!n.divisionCode().equals(code.value())) {
                        // In a subtree, say whose board the notice is on.
                        html.append("<span class=\"notice-division\">")
                                .append(Html.text(directory.find(DivisionCode.of(n.divisionCode())).map(Division::name).orElse(n.divisionCode())))
                                .append("</span>");
                    }
                    html.append("<a href=\"").append(request.getContextPath()).append("/board/").append(Html.text(n.divisionCode()))
                            .append("/notices/").append(Html.text(n.id()))
                            .append("\">").append(Html.text(n.title())).append("</a> <time datetime=\"")
                            .append(n.publishedAt()).append("\">").append(DATE.format(n.publishedAt())).append("</time></li>\n");
                }
                html.append("</ul>\n");
            }
            html.append("</section>\n");
        }
        if (!any) {
            html.append("<p class=\"empty\">").append(Html.text(t(locale, filter.isEmpty() ? "board.notices.none" : "board.catalog.none")))
                    .append("</p>\n");
        }
        long pages = (notices.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages > 1) {
            html.append("<nav class=\"pages\">");
            if (pageNo > 0) {
                html.append("<a rel=\"prev\" href=\"").append(Html.text(link(request, code, "", "page", String.valueOf(pageNo - 1))))
                        .append("\">").append(Html.text(t(locale, "board.page.previous"))).append("</a> ");
            }
            html.append(Html.text(Messages.get(locale, "board.page.of", pageNo + 1, pages)));
            if (pageNo + 1 < pages) {
                html.append(" <a rel=\"next\" href=\"").append(Html.text(link(request, code, "", "page", String.valueOf(pageNo + 1))))
                        .append("\">").append(Html.text(t(locale, "board.page.next"))).append("</a>");
            }
            html.append("</nav>\n");
        }
        List<Division> children = directory.children(code);
        if (!children.isEmpty()) {
            html.append("<h2>").append(Html.text(t(locale, "board.below"))).append("</h2>\n<ul class=\"divisions\">\n");
            for (Division child : children) {
                html.append("<li><a href=\"").append(boardUrl(request, child.code())).append("\">")
                        .append(Html.text(child.name())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /**
     * The catalog's dimensions as plain links (no JavaScript): each value with its count under the
     * other filters; the chosen value is marked, and "all" clears that dimension.
     */
    private String catalogPanel(HttpServletRequest request, Locale locale, DivisionCode code, CatalogFilter filter,
                                CatalogFacets facets) {
        if (filter.isEmpty() && facets.topics().isEmpty() && facets.genres().isEmpty() && facets.agencies().isEmpty()
                && facets.audiences().isEmpty() && facets.years().isEmpty()) {
            return "";  // nothing on the board to browse by: no empty box
        }
        StringBuilder html = new StringBuilder("<section class=\"catalog\" aria-labelledby=\"catalog-title\">\n<h2 id=\"catalog-title\">")
                .append(Html.text(t(locale, "board.catalog.title"))).append("</h2>\n");
        dimension(html, request, locale, code, "topic", filter.topic(), facets.topics(), v -> v);
        dimension(html, request, locale, code, "genre", filter.genre() == null ? null : filter.genre().name(), facets.genres(),
                v -> Messages.get(locale, "notice.genre." + v));
        dimension(html, request, locale, code, "agency", filter.agency(), facets.agencies(), v -> v);
        dimension(html, request, locale, code, "audience", filter.audience(), facets.audiences(), v -> v);
        dimension(html, request, locale, code, "year", filter.year() == null ? null : filter.year().toString(), facets.years(), v -> v);
        if (!filter.isEmpty()) {
            html.append("<p><a id=\"catalog-clear\" href=\"").append(Html.text(clearLink(request, code))).append("\">")
                    .append(Html.text(t(locale, "board.catalog.clear"))).append("</a></p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private void dimension(StringBuilder html, HttpServletRequest request, Locale locale, DivisionCode code, String name,
                           String chosen, List<CatalogFacets.Count> counts, java.util.function.UnaryOperator<String> label) {
        if (counts.isEmpty() && chosen == null) {
            return;
        }
        html.append("<h3 id=\"catalog-").append(name).append("\">").append(Html.text(t(locale, "board.catalog." + name))).append("</h3>\n")
                .append("<ul aria-labelledby=\"catalog-").append(name).append("\">\n<li><a href=\"")
                .append(Html.text(link(request, code, "", name, null))).append("\"")
                .append(chosen == null ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
                .append(Html.text(t(locale, "board.catalog.all"))).append("</a></li>\n");
        for (CatalogFacets.Count c : counts) {
            html.append("<li><a href=\"").append(Html.text(link(request, code, "", name, c.value()))).append("\"")
                    .append(c.value().equals(chosen) ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
                    .append(Html.text(label.apply(c.value()))).append("</a> <span class=\"count\">(").append(c.count())
                    .append(")</span></li>\n");
        }
        html.append("</ul>\n");
    }

    /**
     * A link to {@code /board/{code}{suffix}} with the current catalog parameters, {@code name} set
     * to {@code value} (or removed when null); the page number is kept only when it is what changes.
     */
    private static String link(HttpServletRequest request, DivisionCode code, String suffix, String name, String value) {
        StringBuilder query = new StringBuilder();
        for (String p : FILTER_PARAMETERS) {
            String v = p.equals(name) ? value : request.getParameter(p);
            appendParameter(query, p, v);
        }
        if ("page".equals(name)) {
            appendParameter(query, "page", value);
        }
        return boardUrl(request, code) + suffix + (query.isEmpty() ? "" : "?" + query);
    }

    /** The board without any filter, keeping only the scope and language. */
    private static String clearLink(HttpServletRequest request, DivisionCode code) {
        StringBuilder query = new StringBuilder();
        appendParameter(query, "scope", request.getParameter("scope"));
        appendParameter(query, "lang", request.getParameter("lang"));
        return boardUrl(request, code) + (query.isEmpty() ? "" : "?" + query);
    }

    private static void appendParameter(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static CatalogFilter filter(HttpServletRequest request) {
        return CatalogFilter.parse(request.getParameter("section"), request.getParameter("topic"), request.getParameter("genre"),
                request.getParameter("agency"), request.getParameter("audience"), request.getParameter("year"));
    }

    /** {@code ?scope=subtree}: a county's or town's board with every board beneath it. */
    private static boolean subtree(HttpServletRequest request, DivisionCode code) {
        return org.gongshi.web.http.PublicScope.subtree(request.getParameter("scope"), code);
    }

    private String noticePage(HttpServletRequest request, Locale locale, DivisionCode code, PublishedNotice notice) {
        String integrity;
        try {
            integrity = VerificationPanel.html(chain.verifyPublishedNotice(code, notice.id()),
                    VerificationPanel.verifyUrl(request, notice.id()), locale);
        } catch (NotFound notInChain) {
            // Published before the chain existed: there is no recorded hash to show.
            integrity = "";
        }
        // The notice's attachments (the service answers only while the notice is on the board).
        StringBuilder files = new StringBuilder();
        var attached = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.gongshi.attachment.AttachmentService.class).get().publicList(code, notice.id());
        if (!attached.isEmpty()) {
            String base = request.getContextPath() + "/api/public/divisions/" + Html.text(code.value()) + "/notices/"
                    + Html.text(notice.id()) + "/attachments/";
            files.append("<section class=\"attachments\" id=\"notice-attachments\">\n<h2>")
                    .append(Html.text(t(locale, "board.attachments"))).append("</h2>\n<ul>\n");
            for (var a : attached) {
                files.append("<li><a href=\"").append(base).append(Html.text(a.id())).append("/content\" download>")
                        .append(Html.text(a.fileName())).append("</a> <span class=\"file-type\">")
                        .append(Html.text(a.typeLabel())).append("</span> <span class=\"file-size\">")
                        .append(Html.text(org.gongshi.web.i18n.FileSizes.human(a.size()))).append("</span></li>\n");
            }
            files.append("</ul>\n</section>\n");
        }
        return breadcrumb(request, locale, code)
                + NoticeArticle.html(NoticeArticle.Data.of(notice), locale, request.getContextPath())
                + files
                + integrity
                + "<p><a id=\"notice-print\" href=\"" + request.getContextPath() + "/api/public/divisions/" + code.value()
                + "/board.pdf?paper=A4&amp;ids=" + Html.text(notice.id()) + "\">" + Html.text(t(locale, "print.link.notice")) + "</a></p>\n"
                + "<p><a href=\"" + boardUrl(request, code) + "\">" + Html.text(t(locale, "board.back")) + "</a></p>\n";
    }

    /** The earlier texts of a corrected notice, newest first, each with the change note that replaced it. */
    private String revisionsPage(HttpServletRequest request, Locale locale, DivisionCode code, PublishedNotice notice) {
        StringBuilder html = new StringBuilder(breadcrumb(request, locale, code));
        html.append("<h1>").append(Html.text(Messages.get(locale, "board.revision.page-title", notice.title()))).append("</h1>\n");
        var earlier = new java.util.ArrayList<>(board.revisions(code, notice.id()));
        java.util.Collections.reverse(earlier);
        if (earlier.isEmpty()) {
            html.append("<p>").append(Html.text(t(locale, "board.revision.none"))).append("</p>\n");
        }
        for (var r : earlier) {
            html.append("<section class=\"revision-old\"><h2>")
                    .append(Html.text(Messages.get(locale, "board.revision.old", r.revision(), DATE.format(r.shownFrom()),
                            DATE.format(r.replacedAt())))).append("</h2>\n<h3>").append(Html.text(r.title())).append("</h3>\n")
                    .append("<div class=\"body\">").append(Markdown.toHtml(r.body())).append("</div></section>\n");
        }
        return html.append("<p><a href=\"").append(boardUrl(request, code)).append("/notices/").append(Html.text(notice.id()))
                .append("\">").append(Html.text(t(locale, "board.revision.back"))).append("</a></p>\n").toString();
    }

    /** Links up the tree: county, town, village — as far as the board's level is below a county. */
    private String breadcrumb(HttpServletRequest request, Locale locale, DivisionCode code) {
        StringBuilder html = new StringBuilder("<nav class=\"breadcrumb\" aria-label=\"")
                .append(Html.text(t(locale, "board.breadcrumb"))).append("\"><a href=\"")
                .append(request.getContextPath()).append("/board\">").append(Html.text(t(locale, "board.index.title"))).append("</a>");
        for (Division d : DivisionDirectory.seed().lineage(code)) {
            if (d.level().ordinal() >= DivisionLevel.COUNTY.ordinal()) {
                html.append(" › <a href=\"").append(boardUrl(request, d.code())).append("\">").append(Html.text(d.name())).append("</a>");
            }
        }
        return html.append("</nav>\n").toString();
    }

    private static String boardUrl(HttpServletRequest request, DivisionCode code) {
        return request.getContextPath() + "/board/" + code.value();
    }

    /** A division of the directory, or 404. */
    static DivisionCode division(String text) {
        try {
            DivisionCode code = DivisionCode.of(text);
            DivisionDirectory.seed().require(code);
            return code;
        } catch (RuntimeException e) {
            throw new NotFound("error.division.not-found");
        }
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }

    private static void page(HttpServletResponse response, Locale locale, String title, String main) throws IOException {
        SiteLayout.write(response, locale, title, main);
    }
}
