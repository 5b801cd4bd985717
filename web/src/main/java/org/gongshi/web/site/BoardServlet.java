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
import java.io.PrintWriter;
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

    @Inject
    PublicBoard board;

    @Inject
    ChainVerification chain;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Without an Accept-Language header the container reports its own default locale; the board speaks Chinese.
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.DEFAULT_LOCALE
                : Messages.fromAcceptLanguage(java.util.Collections.list(request.getLocales()));
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.split("/");
        try {
            if (parts.length <= 1) {
                page(response, locale, t(locale, "board.index.title"), index(request, locale));
            } else if (parts.length == 2) {
                DivisionCode code = division(parts[1]);
                int pageNo = parsePage(request.getParameter("page"));
                page(response, locale, DivisionDirectory.seed().fullName(code), divisionPage(request, locale, code, pageNo));
            } else if (parts.length == 4 && "notices".equals(parts[2])) {
                DivisionCode code = division(parts[1]);
                PublishedNotice notice = board.notice(code, parts[3]);
                page(response, locale, notice.title(), noticePage(request, locale, code, notice));
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
        Page<PublishedNotice> notices = board.published(code, pageNo, PAGE_SIZE);
        if (notices.items().isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.text(t(locale, "board.notices.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"notices\">\n");
            for (PublishedNotice n : notices.items()) {
                html.append("<li><a href=\"").append(boardUrl(request, code)).append("/notices/").append(Html.text(n.id()))
                        .append("\">").append(Html.text(n.title())).append("</a> <time datetime=\"")
                        .append(n.publishedAt()).append("\">").append(DATE.format(n.publishedAt())).append("</time></li>\n");
            }
            html.append("</ul>\n");
            long pages = (notices.total() + PAGE_SIZE - 1) / PAGE_SIZE;
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
        return breadcrumb(request, locale, code)
                + NoticeArticle.html(NoticeArticle.Data.of(notice), locale, request.getContextPath())
                + integrity
                + "<p><a href=\"" + boardUrl(request, code) + "\">" + Html.text(t(locale, "board.back")) + "</a></p>\n";
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
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"" + (Locale.ENGLISH.equals(locale) ? "en" : "zh-CN") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.text(title) + " · " + Html.text(Messages.get(locale, "board.site-name")) + "</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n<header><a href=\"/board\">"
                + Html.text(Messages.get(locale, "board.site-name")) + "</a></header>\n<main>\n" + main + "</main>\n</body>\n</html>\n");
    }

    /** Large, high-contrast type: many readers are elderly, many screens are old phones. */
    static final String STYLE = "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;"
            + "font-size:18px;line-height:1.7;margin:0;color:#1a1a1a;background:#fafafa}"
            + "header{background:#b71c1c;color:#fff;padding:.6em 1em;font-size:1.2em}header a{color:#fff;text-decoration:none}"
            + "main{max-width:52em;margin:0 auto;padding:1em}a{color:#0b4f9c}h1{font-size:1.5em}"
            + "ul.notices li,ul.divisions li{margin:.4em 0}time{color:#555;margin-left:.5em}"
            + ".breadcrumb{font-size:.9em;color:#555}.meta{color:#555}.body p{text-indent:2em}"
            + "table.attributes{border-collapse:collapse;margin:.5em 0 1em;font-size:.95em}"
            + "table.attributes th{text-align:left;font-weight:normal;color:#555;padding:.2em 1em .2em 0}"
            + ".validity-mark{border:2px solid #b71c1c;color:#b71c1c;padding:.3em .6em;display:inline-block;font-weight:bold}"
            + ".gone{font-size:1.1em}"
            + ".integrity code,.integrity a{word-break:break-all}.integrity .not-verified{color:#b71c1c;font-weight:bold}";
}
