package org.gongshi.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The relief self-check on the public site, reached through {@link BoardServlet}:
 * {@code /board/{code}/self-check} shows the form (GET) and answers it (POST, {@link SelfCheckFlow}).
 * Every answer says {@code Cache-Control: no-store} and sends no referrer: the pages hold what a
 * resident typed, or whether they receive assistance.
 */
@ApplicationScoped
public class SelfCheckSite {

    static final String PAGE = "self-check";

    @Inject
    SelfCheckFlow flow;

    /** True when {@code parts} (the path after {@code /board}, split at {@code /}) is this page. */
    static boolean handles(String[] parts) {
        return parts.length == 3 && PAGE.equals(parts[2]);
    }

    void get(HttpServletRequest request, HttpServletResponse response, Locale locale, String[] parts) throws IOException {
        DivisionCode code = BoardServlet.division(parts[1]);
        write(request, response, locale, code, Messages.get(locale, "self-check.title"),
                SelfCheckPages.form(where(request, locale, code), "", Map.of()));
    }

    void post(HttpServletRequest request, HttpServletResponse response, Locale locale, String[] parts) throws IOException {
        DivisionCode code = BoardServlet.division(parts[1]);
        SelfCheckPages.Where where = where(request, locale, code);
        switch (flow.check(request, locale, code)) {
            case SelfCheckFlow.ShowForm form -> {
                response.setStatus(form.status());
                write(request, response, locale, code, Messages.get(locale, "self-check.title"),
                        SelfCheckPages.form(where, form.name(), form.problems()));
            }
            case SelfCheckFlow.Result result -> write(request, response, locale, code, Messages.get(locale, "self-check.result.heading"),
                    SelfCheckPages.result(where, result.matches()));
            case RequestFlows.Refused refused -> {
                refused.applyTo(response);
                String title = Messages.get(locale, refused.titleKey());
                write(request, response, locale, code, title, SelfCheckPages.refusal(where, title, refused.message()));
            }
        }
    }

    static SelfCheckPages.Where where(HttpServletRequest request, Locale locale, DivisionCode code) {
        String lang = Locale.ENGLISH.equals(locale) ? "?lang=en" : "";
        String board = request.getContextPath() + "/board/" + code.value();
        return new SelfCheckPages.Where(locale, code, board + "/" + PAGE + lang, id -> board + "/notices/" + id + lang, false);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Locale locale, DivisionCode code, String title,
                              String main) throws IOException {
        SiteLayout.headers(response);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String context = request.getContextPath();
        String board = context + "/board/" + code.value();
        String breadcrumb = "<nav class=\"breadcrumb\" aria-label=\"" + Html.text(Messages.get(locale, "board.breadcrumb")) + "\"><a href=\""
                + context + "/board\">" + Html.text(Messages.get(locale, "board.index.title")) + "</a> › <a href=\"" + board + "\">"
                + Html.text(DivisionDirectory.seed().fullName(code)) + "</a></nav>\n";
        String back = "<p class=\"no-print\"><a href=\"" + board + "\">" + Html.text(Messages.get(locale, "board.back")) + "</a></p>\n";
        response.getWriter().write(SiteLayout.render(locale, title, RequestPages.SITE_STYLE, breadcrumb + main + back));
    }
}
