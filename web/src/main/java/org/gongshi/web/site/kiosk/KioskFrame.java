package org.gongshi.web.site.kiosk;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.site.Html;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The kiosk of one division's board as a page sees it: where its pages live ({@code /kiosk/{code}/}),
 * how long it waits before going home, when the page was rendered (for the offline banner), and the
 * page frame itself — the bar with the back and home buttons, the offline and idle banners and the
 * style sheet for large type and touch targets.
 */
public record KioskFrame(DivisionCode division, String contextPath, int idleSeconds, Instant renderedAt, Locale locale) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SINCE_ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE).withZone(ZONE);
    private static final DateTimeFormatter SINCE_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZONE);
    /** Shorter than this, a reader could not finish a line before the kiosk went home. */
    static final int MIN_IDLE_SECONDS = 10;

    public KioskFrame {
        Objects.requireNonNull(division, "Division is required.");
        Objects.requireNonNull(renderedAt, "Render time is required.");
        contextPath = contextPath == null ? "" : contextPath;
        idleSeconds = Math.max(MIN_IDLE_SECONDS, idleSeconds);
        locale = locale == null ? Messages.DEFAULT_LOCALE : locale;
    }

    /** The kiosk's home screen; every other kiosk address starts with it (the service worker's scope). */
    public String home() {
        return contextPath + "/kiosk/" + division.value() + "/";
    }

    String url(String relative) {
        return home() + relative;
    }

    String t(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    String divisionName() {
        return DivisionDirectory.seed().fullName(division);
    }

    /**
     * A whole page. {@code back} is where the back button goes ({@code null} on the home screen,
     * which has no back and needs no idle return); {@code main} is escaped HTML.
     */
    String page(String title, String back, String main) {
        return page(title, back, main, false);
    }

    /**
     * A page with a form a resident types into: it never goes home by itself without JavaScript (the
     * meta refresh would wipe what was typed without a warning); with it, {@code kiosk.js} warns first,
     * saying that what was typed will be cleared, and any touch or key keeps the page.
     */
    String formPage(String title, String back, String main) {
        return page(title, back, main, true);
    }

    private String page(String title, String back, String main, boolean form) {
        boolean atHome = back == null;
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Locale.ENGLISH.equals(locale) ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" · ").append(Html.text(t("kiosk.site-name"))).append("</title>\n");
        if (!atHome && !form) {
            // Without JavaScript the page itself goes home after the idle time; with it, kiosk.js does,
            // resetting on every touch and warning first (WCAG 2.2.1), so the fallback must not fire.
            html.append("<noscript><meta http-equiv=\"refresh\" content=\"").append(idleSeconds).append(";url=")
                    .append(Html.text(home())).append("\"></noscript>\n");
        }
        html.append("<style>").append(STYLE).append("</style>\n")
                .append("<script src=\"").append(Html.text(url("kiosk.js"))).append("\" defer></script>\n")
                .append("</head>\n<body data-idle-seconds=\"").append(idleSeconds).append("\" data-home=\"").append(Html.text(home()))
                .append("\" data-at-home=\"").append(atHome).append(form ? "\" data-form=\"true" : "").append("\" data-rendered=\"").append(renderedAt.toEpochMilli()).append("\">\n")
                .append("<a class=\"skip\" href=\"#main\">").append(Html.text(t("kiosk.skip-to-content"))).append("</a>\n")
                .append("<header class=\"bar\">\n<nav aria-label=\"").append(Html.text(t("kiosk.nav"))).append("\">");
        if (!atHome) {
            html.append("<a class=\"nav-btn\" id=\"kiosk-back\" href=\"").append(Html.text(back)).append("\">")
                    .append(Html.text(t("kiosk.back"))).append("</a>");
        }
        html.append("<a class=\"nav-btn\" id=\"kiosk-home\" href=\"").append(Html.text(home())).append("\"")
                .append(atHome ? " aria-current=\"page\"" : "").append(">").append(Html.text(t("kiosk.home"))).append("</a>")
                .append("<a class=\"nav-btn\" id=\"kiosk-search\" href=\"").append(Html.text(url("search"))).append("\">")
                .append(Html.text(t("kiosk.search"))).append("</a></nav>\n")
                .append("<p class=\"where\">").append(Html.text(divisionName())).append("</p>\n</header>\n")
                // Shown by kiosk.js while the network is down: the page on screen is the one rendered at renderedAt.
                .append("<p id=\"kiosk-offline\" class=\"banner offline\" role=\"status\" hidden>")
                .append(Html.text(t("kiosk.offline", since()))).append("</p>\n")
                .append("<p id=\"kiosk-idle-warning\" class=\"banner idle\" role=\"status\" hidden>")
                .append(Html.text(t(form ? "kiosk.idle-warning.form" : "kiosk.idle-warning"))).append("</p>\n")
                .append("<main id=\"main\">\n").append(main).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** When this page was rendered, as the offline banner says it ("X月X日 HH:mm"). */
    String since() {
        return (Locale.ENGLISH.equals(locale) ? SINCE_EN : SINCE_ZH).format(renderedAt);
    }

    /**
     * Large type (26px body), touch targets of at least 64px, black on white and white on dark blue
     * (both above 7:1), a thick yellow focus ring: for elderly readers at a touch screen.
     */
    static final String STYLE = "*{box-sizing:border-box}"
            + "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif;"
            + "font-size:26px;line-height:1.6;margin:0;color:#000;background:#fff}"
            + ".skip{position:absolute;left:-9999px;top:0;background:#000;color:#fff;padding:.5em 1em;z-index:10}"
            + ".skip:focus{left:0}"
            + ".bar{position:sticky;top:0;z-index:5;background:#0b3d91;color:#fff;padding:.4em .6em;display:flex;flex-wrap:wrap;"
            + "align-items:center;gap:.4em}.bar nav{display:flex;gap:.4em;flex-wrap:wrap}"
            + ".bar .where{margin:0 .4em;font-size:.85em}"
            + ".nav-btn{display:inline-flex;align-items:center;justify-content:center;min-height:64px;min-width:120px;padding:0 .8em;"
            + "background:#fff;color:#0b3d91;border-radius:10px;font-weight:bold;text-decoration:none}"
            + "main{max-width:40em;margin:0 auto;padding:.6em 1em 3em}h1{font-size:1.4em;margin:.4em 0}h2{font-size:1.2em}"
            + ".tiles{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9em,1fr));gap:.6em}"
            + ".tile,.row-btn{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:96px;padding:.4em .6em;text-align:center;"
            + "background:#0b3d91;color:#fff;border:3px solid #0b3d91;border-radius:12px;text-decoration:none;font-weight:bold}"
            + ".tile small{display:block;font-weight:normal;font-size:.75em}"
            + ".list{list-style:none;padding:0;margin:0}.list li{margin:.6em 0}"
            + ".list a{display:block;min-height:72px;padding:.5em .7em;border:3px solid #0b3d91;border-radius:12px;color:#000;"
            + "text-decoration:none;background:#fff}.list a .date{display:block;font-size:.8em;color:#333}"
            + ".pager{display:flex;justify-content:space-between;gap:.6em;margin:1em 0}.pager a{min-width:8em}"
            + ".keys{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(2.6em,1fr));gap:.4em}"
            + ".keys a{display:flex;align-items:center;justify-content:center;min-height:64px;min-width:64px;background:#fff;color:#000;"
            + "border:3px solid #000;border-radius:10px;text-decoration:none;font-size:1.1em}"
            + ".words{margin-bottom:1em}.query{font-size:1.2em;border:3px solid #000;padding:.3em .6em;min-height:2.2em;border-radius:10px}"
            + ".actions{display:flex;gap:.6em;flex-wrap:wrap;margin:.6em 0}.actions a{flex:1}"
            + "mark{background:#ffe066;color:#000;padding:0 .1em}"
            + ".banner{margin:0;padding:.6em 1em;font-weight:bold;text-align:center}"
            + ".offline{background:#7a1a1a;color:#fff}.idle{background:#ffe066;color:#000}"
            + "article .meta,table.attributes th{color:#333}table.attributes{border-collapse:collapse;font-size:.85em}"
            + "table.attributes th{text-align:left;font-weight:normal;padding:.2em 1em .2em 0}"
            + ".body p{text-indent:2em}.validity-mark{border:3px solid #9a0000;color:#9a0000;padding:.3em .6em;display:inline-block;font-weight:bold}"
            + ".external{border-bottom:2px dotted #333}"
            + ".attachments li{margin:.4em 0}.file-type,.file-size{color:#333;margin-left:.5em;font-size:.85em}"
            + ".note{background:#eef3fb;border-left:6px solid #0b3d91;padding:.5em .8em}"
            + ".integrity code{word-break:break-all;font-size:.8em}.integrity .not-verified{color:#9a0000;font-weight:bold}"
            + "a:focus-visible{outline:5px solid #ffbf00;outline-offset:3px}";
}
