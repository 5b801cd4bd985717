package org.gongshi.web.site;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.integrity.ChainVerification;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.shared.Gone;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public disclosure board as plain server-rendered HTML: no login, no JavaScript, no session
 * (it never touches {@code HttpSession}), so it serves many anonymous readers and old phones.
 * <ul>
 *   <li>{@code /board} — the counties;</li>
 *   <li>{@code /board/{code}} — a division's published notices, with links up and down the tree;</li>
 *   <li>{@code /board/{code}/notices/{id}} — one published notice.</li>
 * </ul>
 */
@WebServlet(urlPatterns = "/board/*")
public class BoardServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BoardServlet.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int PAGE_SIZE = 20;
    /** With {@code ?section=}, how many full pages of the board are read to find that section's notices. */
    private static final int SECTION_FILTER_PAGES = 10;

    @Inject
    PublicBoard board;

    @Inject
    org.gongshi.section.BoardSectionService sections;

    @Inject
    ChainVerification chain;

    @Inject
    SearchPage searchPage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The board is in Chinese, like the notices on it, whatever language the browser prefers;
        // English only when asked for explicitly (?lang=en).
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Messages.DEFAULT_LOCALE;
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.split("/");
        try {
            if (parts.length <= 1) {
                page(response, locale, t(locale, "board.index.title"), index(request, locale));
            } else if (parts.length == 2) {
                DivisionCode code = division(parts[1]);
                int pageNo = parsePage(request.getParameter("page"));
                page(response, locale, DivisionDirectory.seed().fullName(code), divisionPage(request, locale, code, pageNo));
            } else if (parts.length == 3 && "search".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                SearchPage.Rendered rendered = searchPage.render(request, locale, code);
                page(response, locale, rendered.title(), breadcrumb(request, locale, code) + rendered.main());
            } else if (parts.length == 4 && "notices".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                PublishedNotice notice = board.notice(code, parts[3]);
                page(response, locale, notice.title(), noticePage(request, locale, code, notice));
            } else if (parts.length == 5 && "notices".equals(parts[2]) && "revisions".equals(parts[4])) {
                DivisionCode code = division(parts[1]);
                PublishedNotice notice = board.notice(code, parts[3]);
                page(response, locale, notice.title(), revisionsPage(request, locale, code, notice));
            } else {
                throw new NotFound("error.request.not-found");
            }
        } catch (Gone gone) {
            goneNotice(request, response, locale, gone);
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
        StringBuilder html = new StringBuilder();
        html.append(breadcrumb(request, locale, code));
        html.append("<h1 id=\"division-name\">").append(Html.text(directory.fullName(code))).append("</h1>\n");
        html.append("<h2>").append(Html.text(t(locale, "board.notices"))).append("</h2>\n");
        // Sections (栏目) in board order; a notice without a visible section of this board goes under 其他.
        List<org.gongshi.section.SectionView> visible = sections.visibleSections(code);
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        visible.forEach(s -> names.put(s.key(), s.name()));
        String otherKey = org.gongshi.section.DefaultSections.OTHER;
        names.putIfAbsent(otherKey, t(locale, "board.sections.other"));
        String only = request.getParameter("section");
        if (only != null && !names.containsKey(only)) {
            throw new NotFound("error.section.not-found");
        }
        html.append("<nav class=\"sections\"><a href=\"").append(boardUrl(request, code)).append("\">")
                .append(Html.text(t(locale, "board.sections.all"))).append("</a>");
        names.forEach((key, name) -> html.append(" · <a href=\"").append(boardUrl(request, code)).append("?section=")
                .append(Html.text(java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8))).append("\">")
                .append(Html.text(name)).append("</a>"));
        html.append("</nav>\n");
        Page<PublishedNotice> notices;
        List<PublishedNotice> shown;
        if (only == null) {
            notices = board.published(code, pageNo, PAGE_SIZE);
            shown = notices.items();
        } else {
            // One section: read the board (at most SECTION_FILTER_PAGES full pages) and keep that section's notices.
            notices = null;
            List<PublishedNotice> all = new java.util.ArrayList<>();
            for (int p = 0; p < SECTION_FILTER_PAGES; p++) {
                Page<PublishedNotice> part = board.published(code, p, Page.MAX_SIZE);
                all.addAll(part.items());
                if ((long) (p + 1) * Page.MAX_SIZE >= part.total()) {
                    break;
                }
            }
            shown = all;
        }
        java.util.Map<String, List<PublishedNotice>> groups = new java.util.LinkedHashMap<>();
        names.keySet().forEach(key -> groups.put(key, new java.util.ArrayList<>()));
        for (PublishedNotice n : shown) {
            String key = n.section() != null && names.containsKey(n.section()) ? n.section() : otherKey;
            groups.get(key).add(n);
        }
        if (only != null) {
            groups.keySet().retainAll(List.of(only));
        }
        boolean any = false;
        for (var group : groups.entrySet()) {
            List<PublishedNotice> items = new java.util.ArrayList<>(group.getValue());
            if (items.isEmpty() && only == null) {
                continue;
            }
            any = true;
            items.sort(java.util.Comparator.comparing(PublishedNotice::publishedAt).reversed());
            html.append("<section class=\"board-section\" id=\"section-").append(Html.text(group.getKey())).append("\">\n<h3>")
                    .append(Html.text(names.get(group.getKey()))).append("</h3>\n");
            if (items.isEmpty()) {
                html.append("<p class=\"empty\">").append(Html.text(t(locale, "board.sections.empty"))).append("</p>\n");
            } else {
                html.append("<ul class=\"notices\">\n");
                for (PublishedNotice n : items) {
                    html.append("<li><a href=\"").append(boardUrl(request, code)).append("/notices/").append(Html.text(n.id()))
                            .append("\">").append(Html.text(n.title())).append("</a> <time datetime=\"")
                            .append(n.publishedAt()).append("\">").append(DATE.format(n.publishedAt())).append("</time></li>\n");
                }
                html.append("</ul>\n");
            }
            html.append("</section>\n");
        }
        if (!any) {
            html.append("<p class=\"empty\">").append(Html.text(t(locale, "board.notices.none"))).append("</p>\n");
        }
        long pages = notices == null ? 0 : (notices.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages > 1) {
            html.append("<nav class=\"pages\">");
            if (pageNo > 0) {
                html.append("<a rel=\"prev\" href=\"?page=").append(pageNo - 1).append("\">")
                        .append(Html.text(t(locale, "board.page.previous"))).append("</a> ");
            }
            html.append(Html.text(Messages.get(locale, "board.page.of", pageNo + 1, pages)));
            if (pageNo + 1 < pages) {
                html.append(" <a rel=\"next\" href=\"?page=").append(pageNo + 1).append("\">")
                        .append(Html.text(t(locale, "board.page.next"))).append("</a>");
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

    private static DivisionCode division(String text) {
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
