package org.gongshi.web.site;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The frame of every public page (board, notice, search, printable lists): language, viewport,
 * security headers and the shared style sheet. Pages hand in their escaped {@code <main>} content.
 */
public final class SiteLayout {

    private SiteLayout() {
    }

    public static void write(HttpServletResponse response, Locale locale, String title, String main) throws IOException {
        write(response, locale, title, "", main);
    }

    /** A page with extra, already escaped elements in its {@code <head>} (e.g. a feed's {@code <link>}). */
    public static void write(HttpServletResponse response, Locale locale, String title, String head, String main) throws IOException {
        headers(response);
        PrintWriter out = response.getWriter();
        out.write(render(locale, title, head, main));
    }

    /** The headers of every public page: type, security policy, and revalidation on every use. */
    public static void headers(HttpServletResponse response) {
        response.setContentType("text/html;charset=UTF-8");
        org.gongshi.web.http.PageHeaders.HTML.forEach(response::setHeader);
    }


    /** The whole page as text, for callers that keep the rendered bytes. */
    public static String render(Locale locale, String title, String head, String main) {
        return "<!DOCTYPE html>\n<html lang=\"" + (Locale.ENGLISH.equals(locale) ? "en" : "zh-CN") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.text(title) + " · " + Html.text(Messages.get(locale, "board.site-name")) + "</title>\n"
                + head
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n"
                // A keyboard or screen-reader user jumps over the header (WCAG 2.4.1).
                + "<a class=\"skip\" href=\"#main\">" + Html.text(Messages.get(locale, "site.skip-to-content")) + "</a>\n"
                + "<header><a href=\"/board\">" + Html.text(Messages.get(locale, "board.site-name")) + "</a></header>\n"
                + "<main id=\"main\">\n" + main + "</main>\n</body>\n</html>\n";
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
            + ".integrity code,.integrity a{word-break:break-all}.integrity .not-verified{color:#b71c1c;font-weight:bold}"
            // The skip link appears when focused; every focused link and control shows a thick ring (WCAG 2.4.7).
            + ".skip{position:absolute;left:-9999px;top:0;background:#1a1a1a;color:#fff;padding:.5em 1em;z-index:10}.skip:focus{left:0}"
            + "a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}"
            + "header a:focus-visible{outline-color:#fff}"
            + ".board-tools a{margin-right:1em}.catalog{border:1px solid #ddd;background:#fff;padding:.5em 1em;margin:1em 0}"
            + ".catalog h3{font-size:1em;margin:.6em 0 .2em}.catalog ul{list-style:none;padding:0;margin:0}"
            + ".catalog li{display:inline-block;margin:.2em 1em .2em 0}.catalog .chosen{font-weight:bold}"
            + ".catalog .count{color:#555}.notice-division{color:#555;font-size:.9em;margin-right:.5em}"
            + ".catalog-form label{display:inline-block;margin:.3em 1em .3em 0}.catalog-form select,.catalog-form button{font-size:1em;min-height:2.2em}";
}
