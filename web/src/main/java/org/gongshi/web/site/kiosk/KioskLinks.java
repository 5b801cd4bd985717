package org.gongshi.web.site.kiosk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a reader inside the kiosk of one board: in HTML rendered for the public board, a link to a
 * notice of the same board becomes the kiosk's page of that notice; every other link (other sites,
 * other divisions, downloads, the verification API) becomes plain text, with its address shown so
 * that a reader can note it down; links to earlier revisions, which the kiosk does not show, go.
 */
final class KioskLinks {

    private static final Pattern BOARD_NOTICE = Pattern.compile("/board/(\\d{6,12})/notices/([0-9a-fA-F-]{8,40})(/revisions)?");

    private KioskLinks() {
    }

    /** {@code html} (escaped markup from our own renderers) with its links confined to {@code frame}'s kiosk. */
    static String confine(String html, KioskFrame frame) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        String boardPrefix = frame.contextPath() + "/board/";
        for (Element a : doc.select("a")) {
            String href = a.attr("href").strip();
            Matcher m = href.startsWith(boardPrefix)
                    ? BOARD_NOTICE.matcher(href.substring(frame.contextPath().length())) : null;
            if (m != null && m.matches() && m.group(1).equals(frame.division().value())) {
                if (m.group(3) != null) {
                    a.remove();
                } else {
                    a.attr("href", frame.url("notices/" + m.group(2)));
                    a.removeAttr("rel");
                    a.removeAttr("download");
                }
                continue;
            }
            // Not navigable here: the text stays, with the address when the text does not already say it.
            Element text = new Element("span").addClass("external");
            text.appendChildren(a.childNodesCopy());
            if (!href.isEmpty() && !a.text().strip().equals(href) && (href.startsWith("http") || href.startsWith("mailto:"))) {
                text.appendText("（" + href + "）");
            }
            a.replaceWith(text);
        }
        return doc.body().html();
    }
}
