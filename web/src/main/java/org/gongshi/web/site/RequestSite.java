package org.gongshi.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.request.RequestChannel;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.http.ClasspathScript;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Disclosure requests on the public site, reached through {@link BoardServlet}:
 * <ul>
 *   <li>{@code /board/{code}/requests/new} — the filing form (GET) and filing (POST);</li>
 *   <li>{@code /board/{code}/requests/follow} — following a request of this division with its code;</li>
 *   <li>{@code /board/requests/follow} — the same for a request of any division (the receipt number names it);</li>
 *   <li>{@code /board/requests/print.js} — the print button of the confirmation.</li>
 * </ul>
 * Every answer says {@code Cache-Control: no-store}: the pages hold what a resident typed, or their
 * access code, and must not stay in any cache or be restored by the browser's back button.
 */
@ApplicationScoped
public class RequestSite {

    /** The confirmation may run its one script: the print button. */
    static final String CONFIRMATION_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    RequestFlows flows;

    /** True when {@code parts} (the path after {@code /board}, split at {@code /}) is one of these pages. */
    static boolean handles(String[] parts) {
        return parts.length == 4 && "requests".equals(parts[2]) || parts.length == 3 && "requests".equals(parts[1]);
    }

    void get(HttpServletRequest request, HttpServletResponse response, Locale locale, String[] parts) throws IOException {
        if (parts.length == 3) {
            switch (parts[2]) {
                case "follow" -> write(response, locale, null, request.getContextPath(), Messages.get(locale, "intake.follow.title"),
                        RequestPages.followForm(where(request, locale, null), null, null), false);
                case "print.js" -> script(response);
                default -> throw new NotFound("error.request.not-found");
            }
            return;
        }
        DivisionCode code = BoardServlet.division(parts[1]);
        RequestPages.Where where = where(request, locale, code);
        switch (parts[3]) {
            case "new" -> write(response, locale, code, request.getContextPath(), Messages.get(locale, "intake.form.title"),
                    RequestPages.form(where, RequestFormData.empty(), Map.of(), null), false);
            case "follow" -> write(response, locale, code, request.getContextPath(), Messages.get(locale, "intake.follow.title"),
                    RequestPages.followForm(where, null, null), false);
            default -> throw new NotFound("error.request.not-found");
        }
    }

    void post(HttpServletRequest request, HttpServletResponse response, Locale locale, String[] parts) throws IOException {
        DivisionCode code = parts.length == 4 ? BoardServlet.division(parts[1]) : null;
        String page = parts.length == 4 ? parts[3] : parts[2];
        RequestPages.Where where = where(request, locale, code);
        String context = request.getContextPath();
        if (code != null && "new".equals(page)) {
            switch (flows.file(request, locale, code, RequestChannel.ONLINE)) {
                case RequestFlows.ShowForm form -> {
                    response.setStatus(form.status());
                    write(response, locale, code, context, Messages.get(locale, "intake.form.title"),
                            RequestPages.form(where, form.data(), form.problems(), form.formProblem()), false);
                }
                case RequestFlows.Done done -> write(response, locale, code, context, Messages.get(locale, "intake.confirm.title"),
                        RequestPages.confirmation(where, done.filed(), done.filed().receivedOn()), true);
                case RequestFlows.Refused refused -> refused(response, locale, code, context, refused, where.fileAction());
            }
        } else if ("follow".equals(page)) {
            switch (flows.follow(request, locale, code)) {
                case RequestFlows.ShowFollowForm form -> {
                    response.setStatus(form.status());
                    write(response, locale, code, context, Messages.get(locale, "intake.follow.title"),
                            RequestPages.followForm(where, form.receipt(), form.problem()), false);
                }
                case RequestFlows.Found found -> write(response, locale, code, context, Messages.get(locale, "intake.follow.title"),
                        RequestPages.status(where, found.status(), found.accessCode()), false);
                case RequestFlows.Letter letter -> letter(response, letter.file());
                case RequestFlows.Refused refused -> refused(response, locale, code, context, refused, where.followAction());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setHeader("Allow", "GET");
            write(response, locale, code, context, Messages.get(locale, "board.not-found.title"),
                    "<p>" + Html.text(Messages.get(locale, "error.request.method-not-allowed")) + "</p>\n", false);
        }
    }

    /** A letter as a download: never shown inline, never stored by a cache (it names the applicant). */
    private static void letter(HttpServletResponse response, org.gongshi.request.DocumentFile file) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private static void refused(HttpServletResponse response, Locale locale, DivisionCode code, String context,
                                RequestFlows.Refused refused, String back) throws IOException {
        refused.applyTo(response);
        String title = Messages.get(locale, refused.titleKey());
        write(response, locale, code, context, title, RequestPages.notice(where(context, locale, code), title, refused.message(), back,
                Messages.get(locale, "intake.back-to-form")), false);
    }

    /** Where this division's forms post; the site-wide follow page has no division and no filing form. */
    static RequestPages.Where where(HttpServletRequest request, Locale locale, DivisionCode code) {
        return where(request.getContextPath(), locale, code);
    }

    private static RequestPages.Where where(String context, Locale locale, DivisionCode code) {
        String lang = Locale.ENGLISH.equals(locale) ? "?lang=en" : "";
        if (code == null) {
            return new RequestPages.Where(locale, null, null, context + "/board/requests/follow" + lang, false);
        }
        String base = context + "/board/" + code.value() + "/requests/";
        return new RequestPages.Where(locale, code, base + "new" + lang, base + "follow" + lang, false);
    }

    private static void write(HttpServletResponse response, Locale locale, DivisionCode code, String context, String title, String main,
                              boolean confirmation) throws IOException {
        SiteLayout.headers(response);
        response.setHeader("Cache-Control", "no-store");
        if (confirmation) {
            response.setHeader("Content-Security-Policy", CONFIRMATION_POLICY);
        }
        String head = RequestPages.SITE_STYLE
                + (confirmation ? "<script src=\"" + context + "/board/requests/print.js\" defer></script>\n" : "");
        response.getWriter().write(SiteLayout.render(locale, title, head, breadcrumb(locale, code, context) + main + back(locale, code, context)));
    }

    /** Up to the board this page belongs to (or the list of boards). */
    private static String breadcrumb(Locale locale, DivisionCode code, String context) {
        StringBuilder html = new StringBuilder("<nav class=\"breadcrumb\" aria-label=\"").append(Html.text(Messages.get(locale, "board.breadcrumb")))
                .append("\"><a href=\"").append(context).append("/board\">").append(Html.text(Messages.get(locale, "board.index.title"))).append("</a>");
        if (code != null) {
            html.append(" › <a href=\"").append(context).append("/board/").append(code.value()).append("\">")
                    .append(Html.text(DivisionDirectory.seed().fullName(code))).append("</a>");
        }
        return html.append("</nav>\n").toString();
    }

    private static String back(Locale locale, DivisionCode code, String context) {
        return "<p class=\"no-print\"><a href=\"" + context + "/board" + (code == null ? "" : "/" + code.value()) + "\">"
                + Html.text(Messages.get(locale, code == null ? "board.index.title" : "board.back")) + "</a></p>\n";
    }

    private static void script(HttpServletResponse response) throws IOException {
        ClasspathScript.write(response, RequestSite.class, "print.js", "script-src 'self'", "no-cache");
    }

    /** The language of a page: English only when the address asks for it ({@code ?lang=en}); never read from a posted body. */
    public static Locale locale(String queryString) {
        if (queryString != null) {
            for (String p : queryString.split("&")) {
                if ("lang=en".equals(p)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Messages.DEFAULT_LOCALE;
    }
}
