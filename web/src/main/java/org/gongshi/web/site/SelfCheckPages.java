package org.gongshi.web.site;

import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.ResidentSelfCheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The residents' relief self-check (救助名单自助查询) as server-rendered HTML, the content of
 * {@code <main>} for the public site and the kiosk: the form (ID number and name, posted, never in an
 * address) and the answer. The ID number is never written into a page: not as the field's value
 * when the form comes back, not in the answer. Every value is escaped; the form works without
 * JavaScript. The answer says which lists now on notice name the person, with their notice period
 * and a link to the notice on this board, or that none does, and what that does and does not mean.
 */
public final class SelfCheckPages {

    /**
     * Where the pages are shown: their language, the division asked about, the form's address, how
     * to reach a notice of this board by its id, and whether this is a kiosk (no links away from it).
     */
    public record Where(Locale locale, DivisionCode division, String action, UnaryOperator<String> noticeUrl, boolean kiosk) {

        String t(String key, Object... arguments) {
            return Messages.get(locale, key, arguments);
        }

        String divisionName() {
            return DivisionDirectory.seed().fullName(division);
        }
    }

    private SelfCheckPages() {
    }

    /** The form, with the name as typed ({@code name}, may be empty) and what to correct, translated, by field. */
    public static String form(Where w, String name, Map<String, String> problems) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1 id=\"self-check-heading\">").append(Html.text(w.t("self-check.heading"))).append("</h1>\n")
                .append("<p class=\"request-division\">").append(Html.text(w.t("self-check.of", w.divisionName()))).append("</p>\n");
        if (!problems.isEmpty()) {
            html.append("<div class=\"form-errors\" id=\"form-errors\" role=\"alert\">\n");
            RequestPages.problemList(html, w.t("intake.form.errors.title"), problems, w.kiosk(), SelfCheckPages::controlId);
            html.append("</div>\n");
        }
        html.append("<p>").append(Html.text(w.t("self-check.intro"))).append("</p>\n")
                .append("<form class=\"request-form\" method=\"post\" accept-charset=\"UTF-8\" autocomplete=\"off\" action=\"")
                .append(Html.text(w.action())).append("\" aria-labelledby=\"self-check-heading\">\n");
        field(html, w, ResidentSelfCheck.ID_NUMBER, "self-check.id", "self-check.id.hint", "", ResidentSelfCheck.ID_MAX, problems);
        field(html, w, ResidentSelfCheck.NAME, "self-check.name", "self-check.name.hint", name, ResidentSelfCheck.NAME_MAX, problems);
        html.append("<p class=\"hint\" id=\"self-check-privacy\">").append(Html.text(w.t("self-check.privacy"))).append("</p>\n")
                .append("<p><button type=\"submit\" class=\"submit\" id=\"self-check-submit\">").append(Html.text(w.t("self-check.submit")))
                .append("</button></p>\n</form>\n");
        return html.toString();
    }

    /** The answer: the lists that name the person, or that none does. */
    public static String result(Where w, List<SelfCheckMatch> matches) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1>").append(Html.text(w.t("self-check.result.heading"))).append("</h1>\n")
                .append("<section class=\"self-check-result\" id=\"self-check-result\" role=\"status\" data-on-list=\"")
                .append(!matches.isEmpty()).append("\">\n");
        if (matches.isEmpty()) {
            html.append("<p class=\"state\" id=\"self-check-answer\"><strong>")
                    .append(Html.text(w.t("self-check.result.none", w.divisionName()))).append("</strong></p>\n<ul class=\"notes\">\n");
            for (int i = 1; i <= 3; i++) {
                html.append("<li>").append(Html.text(w.t("self-check.result.none." + i))).append("</li>\n");
            }
            html.append("</ul>\n");
        } else {
            html.append("<p class=\"state\" id=\"self-check-answer\"><strong>")
                    .append(Html.text(w.t("self-check.result.found", matches.size()))).append("</strong></p>\n<ul id=\"self-check-lists\">\n");
            for (SelfCheckMatch m : matches) {
                html.append("<li><a").append(w.kiosk() ? " class=\"row-btn\"" : "").append(" href=\"")
                        .append(Html.text(w.noticeUrl().apply(m.noticeId()))).append("\">").append(Html.text(m.title())).append("</a>")
                        .append("<br><span class=\"list-type\">").append(Html.text(w.t("relief.type." + m.type().name()))).append("</span>")
                        .append(" · <span class=\"list-period\">").append(Html.text(period(w, m))).append("</span></li>\n");
            }
            html.append("</ul>\n<p id=\"self-check-objection\">").append(Html.text(w.t("self-check.result.objection"))).append("</p>\n");
        }
        html.append("</section>\n<p class=\"hint\">").append(Html.text(w.t("self-check.privacy"))).append("</p>\n")
                .append("<p><a id=\"self-check-again\"").append(w.kiosk() ? " class=\"row-btn\"" : "").append(" href=\"")
                .append(Html.text(w.action())).append("\">").append(Html.text(w.t("self-check.again"))).append("</a></p>\n");
        return html.toString();
    }

    /** A refused post (another site's page, too many questions): what happened and the way back to the form. */
    public static String refusal(Where w, String title, String text) {
        return "<h1>" + Html.text(title) + "</h1>\n<p class=\"refusal\">" + Html.text(text) + "</p>\n<p><a"
                + (w.kiosk() ? " class=\"row-btn\"" : "") + " href=\"" + Html.text(w.action()) + "\">"
                + Html.text(w.t("intake.back-to-form")) + "</a></p>\n";
    }

    private static String period(Where w, SelfCheckMatch m) {
        String from = RequestPages.date(w.locale(), m.noticeStartsOn());
        if (m.noticeEndsOn() == null) {
            return m.noticeStartsOn() == null ? w.t("self-check.result.long-term.open") : w.t("self-check.result.long-term", from);
        }
        return w.t("self-check.result.period", from, RequestPages.date(w.locale(), m.noticeEndsOn()));
    }

    private static void field(StringBuilder html, Where w, String field, String labelKey, String hintKey, String value, int max,
                              Map<String, String> problems) {
        String id = controlId(field);
        String error = problems.get(field);
        html.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(Html.text(w.t(labelKey)))
                .append(" <span class=\"required\">").append(Html.text(w.t("intake.form.required"))).append("</span></label>\n")
                .append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(Html.text(w.t(hintKey))).append("</p>\n");
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(id).append("-error\">").append(Html.text(error)).append("</p>\n");
        }
        html.append("<input type=\"text\" id=\"").append(id).append("\" name=\"").append(field).append("\" maxlength=\"").append(max)
                .append("\" autocomplete=\"off\" spellcheck=\"false\" aria-required=\"true\"")
                .append(error == null ? "" : " aria-invalid=\"true\"")
                .append(" aria-describedby=\"").append(id).append("-hint").append(error == null ? "" : " " + id + "-error").append("\"")
                .append(" value=\"").append(Html.text(value == null ? "" : value)).append("\"></div>\n");
    }

    private static String controlId(String field) {
        return ResidentSelfCheck.ID_NUMBER.equals(field) ? "self-check-id" : "self-check-name";
    }
}
