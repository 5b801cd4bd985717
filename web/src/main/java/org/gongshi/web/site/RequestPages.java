package org.gongshi.web.site;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.DueDate;
import org.gongshi.request.PreferredReplyChannel;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.PublicRequestResource.Filed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The residents' pages of disclosure requests as server-rendered HTML, the content of {@code <main>}
 * for both frames (the public site's {@link SiteLayout} and the kiosk's frame): the filing form, the
 * confirmation with the receipt number and the access code, the follow form and the status. Every
 * value is escaped; the forms work without JavaScript; every problem is named next to its field and
 * in a summary at the top. On the kiosk ({@link Where#kiosk()}) the summary has no links, so that
 * every link on its pages stays under the kiosk's address.
 */
public final class RequestPages {

    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * Where the pages are shown: their language, the division the forms belong to ({@code null} for
     * the site-wide follow page), where the forms post, and whether this is a kiosk.
     */
    public record Where(Locale locale, DivisionCode division, String fileAction, String followAction, boolean kiosk) {

        public String t(String key, Object... arguments) {
            return Messages.get(locale, key, arguments);
        }

        String divisionName() {
            return division == null ? "" : DivisionDirectory.seed().fullName(division);
        }
    }

    /** A translated problem of one field. */
    public static String message(Locale locale, RequestFormData.Problem p) {
        return Messages.get(locale, p.key(), p.arguments());
    }

    private RequestPages() {
    }

    // --- filing ---

    /**
     * The filing form with what was typed ({@code data}), the problems of each field (translated
     * text by field name) and a problem of the whole form ({@code formProblem}, e.g. a repeat).
     */
    public static String form(Where w, RequestFormData data, Map<String, String> problems, String formProblem) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<h1 id=\"request-heading\">").append(Html.text(w.t("intake.form.heading"))).append("</h1>\n")
                .append("<p class=\"request-division\">").append(Html.text(w.t("intake.form.to", w.divisionName()))).append("</p>\n");
        if (!problems.isEmpty() || formProblem != null) {
            html.append("<div class=\"form-errors\" id=\"form-errors\" role=\"alert\">\n");
            if (formProblem != null) {
                html.append("<p id=\"form-problem\">").append(Html.text(formProblem)).append("</p>\n");
            }
            problemList(html, w.t("intake.form.errors.title"), problems, w.kiosk(), RequestPages::controlId);
            html.append("</div>\n");
        }
        html.append("<p>").append(Html.text(w.t("intake.form.intro"))).append("</p>\n")
                .append("<form class=\"request-form\" method=\"post\" accept-charset=\"UTF-8\" action=\"")
                .append(Html.text(w.fileAction())).append("\" aria-labelledby=\"request-heading\">\n")
                .append("<input type=\"hidden\" name=\"").append(RequestFormData.TOKEN).append("\" value=\"")
                .append(Html.text(data.token())).append("\">\n");

        // Applicant type: one choice among the annual report's columns (国办公开办函〔2021〕30号 table 三).
        fieldset(html, w, RequestFormData.TYPE, "intake.form.applicant-type", true, problems.get(RequestFormData.TYPE));
        radio(html, RequestFormData.TYPE, ApplicantType.NATURAL_PERSON.name(), w.t("intake.form.person"), data.applicantType(), "type-person");
        html.append("<fieldset class=\"nested\"><legend>").append(Html.text(w.t("intake.form.organisation"))).append("</legend>\n");
        for (ApplicantType type : ApplicantType.values()) {
            if (type != ApplicantType.NATURAL_PERSON) {
                radio(html, RequestFormData.TYPE, type.name(), w.t("intake.form.type." + type.name()), data.applicantType(),
                        "type-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        html.append("</fieldset>\n</fieldset>\n");

        text(html, w, RequestFormData.NAME, "intake.form.name", "intake.form.name.hint", data.applicantName(),
                org.gongshi.request.DisclosureRequest.NAME_MAX, problems, "name");
        text(html, w, RequestFormData.CONTACT, "intake.form.contact", "intake.form.contact.hint", data.applicantContact(),
                org.gongshi.request.DisclosureRequest.CONTACT_MAX, problems, "off");

        // The information asked for (Art. 29 (2)): a large box.
        String descError = problems.get(RequestFormData.DESCRIPTION);
        String descId = controlId(RequestFormData.DESCRIPTION);
        html.append("<div class=\"field\"><label for=\"").append(descId).append("\">").append(Html.text(w.t("intake.form.description")))
                .append(" <span class=\"required\">").append(Html.text(w.t("intake.form.required"))).append("</span></label>\n")
                .append("<p class=\"hint\" id=\"").append(hintId(RequestFormData.DESCRIPTION)).append("\">")
                .append(Html.text(w.t("intake.form.description.hint"))).append(" ")
                .append(Html.text(w.t("intake.form.limit", org.gongshi.request.DisclosureRequest.DESCRIPTION_MAX))).append("</p>\n");
        error(html, RequestFormData.DESCRIPTION, descError);
        html.append("<textarea id=\"").append(descId).append("\" name=\"").append(RequestFormData.DESCRIPTION)
                .append("\" rows=\"8\" maxlength=\"").append(org.gongshi.request.DisclosureRequest.DESCRIPTION_MAX)
                .append("\" aria-required=\"true\"").append(describedBy(RequestFormData.DESCRIPTION, descError)).append(">")
                // A textarea drops one leading line break: keep the resident's own.
                .append(data.description().startsWith("\n") || data.description().startsWith("\r") ? "\n" : "")
                .append(Html.text(data.description())).append("</textarea>\n</div>\n");

        // How the reply should reach the applicant (Art. 29 (3)): optional.
        fieldset(html, w, RequestFormData.REPLY, "intake.form.reply", false, problems.get(RequestFormData.REPLY));
        radio(html, RequestFormData.REPLY, "", w.t("intake.form.reply.none"), data.preferredReply(), "reply-none");
        for (PreferredReplyChannel channel : PreferredReplyChannel.values()) {
            radio(html, RequestFormData.REPLY, channel.name(), w.t("intake.form.reply." + channel.name()), data.preferredReply(),
                    "reply-" + channel.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        html.append("</fieldset>\n");

        html.append("<section class=\"next-steps\" aria-labelledby=\"next-steps-title\">\n<h2 id=\"next-steps-title\">")
                .append(Html.text(w.t("intake.form.next.title"))).append("</h2>\n<ul>\n");
        for (int i = 1; i <= 4; i++) {
            html.append("<li>").append(Html.text(w.t("intake.form.next." + i))).append("</li>\n");
        }
        html.append("</ul>\n</section>\n")
                .append("<p><button type=\"submit\" class=\"submit\" id=\"request-submit\">").append(Html.text(w.t("intake.form.submit")))
                .append("</button></p>\n</form>\n")
                .append("<p><a id=\"request-follow-link\" href=\"").append(Html.text(w.followAction())).append("\">")
                .append(Html.text(w.t("intake.link.follow"))).append("</a></p>\n");
        return html.toString();
    }

    /**
     * The confirmation: the receipt number and the access code, large, with the words to note them
     * down; the division, the date of receipt and the due date with how it was counted; a print button
     * (shown by a script; the page prints its slip alone, see the print styles).
     */
    public static String confirmation(Where w, Filed filed, LocalDate receivedOn) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1>").append(Html.text(w.t("intake.confirm.heading"))).append("</h1>\n")
                .append("<p class=\"remember\" role=\"status\"><strong>").append(Html.text(w.t("intake.confirm.remember")))
                .append("</strong></p>\n")
                .append("<section class=\"receipt-slip\" id=\"receipt-slip\" aria-labelledby=\"receipt-slip-title\">\n")
                .append("<h2 id=\"receipt-slip-title\">").append(Html.text(w.t("intake.confirm.slip-title"))).append("</h2>\n")
                .append("<dl>\n<dt>").append(Html.text(w.t("intake.confirm.receipt"))).append("</dt>\n")
                .append("<dd class=\"big\" id=\"receipt-number\">").append(Html.text(filed.receiptNumber())).append("</dd>\n")
                .append("<dt>").append(Html.text(w.t("intake.confirm.code"))).append("</dt>\n")
                .append("<dd class=\"big code\" id=\"access-code\">").append(Html.text(grouped(filed.accessCode()))).append("</dd>\n")
                .append("<dt>").append(Html.text(w.t("intake.confirm.division"))).append("</dt>\n<dd>")
                .append(Html.text(w.divisionName())).append("</dd>\n")
                .append("<dt>").append(Html.text(w.t("intake.confirm.received"))).append("</dt>\n<dd>")
                .append(Html.text(date(w.locale(), receivedOn))).append("</dd>\n")
                .append("<dt>").append(Html.text(w.t("intake.confirm.due"))).append("</dt>\n<dd id=\"due-date\">")
                .append(Html.text(due(w, filed.due()))).append("</dd>\n</dl>\n")
                .append("<p class=\"code-once\">").append(Html.text(w.t("intake.confirm.code-once"))).append("</p>\n")
                .append("</section>\n");
        explanation(html, w, filed.due());
        html.append("<p class=\"no-print\"><button type=\"button\" class=\"print").append(w.kiosk() ? " row-btn" : "")
                .append("\" id=\"print-receipt\" data-print hidden>")
                .append(Html.text(w.t(w.kiosk() ? "intake.confirm.print.kiosk" : "intake.confirm.print"))).append("</button></p>\n");
        if (!w.kiosk()) {
            html.append("<p class=\"no-print hint\">").append(Html.text(w.t("intake.confirm.print.hint"))).append("</p>\n");
        }
        html.append("<p class=\"no-print\"><a id=\"request-follow-link\"").append(w.kiosk() ? " class=\"row-btn\"" : "")
                .append(" href=\"").append(Html.text(w.followAction())).append("\">")
                .append(Html.text(w.t("intake.confirm.follow"))).append("</a></p>\n");
        return html.toString();
    }

    // --- following ---

    /** The follow form: receipt number kept, the code never written back into a page. */
    public static String followForm(Where w, String receipt, String problem) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<h1 id=\"follow-heading\">").append(Html.text(w.t("intake.follow.heading"))).append("</h1>\n");
        if (w.division() != null) {
            html.append("<p class=\"request-division\">").append(Html.text(w.t("intake.follow.of", w.divisionName()))).append("</p>\n");
        }
        if (problem != null) {
            html.append("<div class=\"form-errors\" id=\"form-errors\" role=\"alert\"><p id=\"form-problem\">")
                    .append(Html.text(problem)).append("</p></div>\n");
        }
        html.append("<p>").append(Html.text(w.t("intake.follow.intro"))).append("</p>\n")
                .append("<form class=\"request-form\" method=\"post\" accept-charset=\"UTF-8\" action=\"")
                .append(Html.text(w.followAction())).append("\" aria-labelledby=\"follow-heading\">\n")
                .append("<div class=\"field\"><label for=\"follow-receipt\">").append(Html.text(w.t("intake.follow.receipt")))
                .append("</label>\n<p class=\"hint\" id=\"follow-receipt-hint\">").append(Html.text(w.t("intake.follow.receipt.hint")))
                .append("</p>\n<input type=\"text\" id=\"follow-receipt\" name=\"receipt\" maxlength=\"40\" autocomplete=\"off\""
                        + " spellcheck=\"false\" aria-required=\"true\" aria-describedby=\"follow-receipt-hint\" value=\"")
                .append(Html.text(receipt == null ? "" : receipt)).append("\"></div>\n")
                .append("<div class=\"field\"><label for=\"follow-code\">").append(Html.text(w.t("intake.follow.code")))
                .append("</label>\n<p class=\"hint\" id=\"follow-code-hint\">").append(Html.text(w.t("intake.follow.code.hint")))
                .append("</p>\n<input type=\"text\" id=\"follow-code\" name=\"accessCode\" maxlength=\"64\" autocomplete=\"off\""
                        + " spellcheck=\"false\" autocapitalize=\"characters\" aria-required=\"true\" aria-describedby=\"follow-code-hint\" value=\"\"></div>\n")
                .append("<p><button type=\"submit\" class=\"submit\" id=\"follow-submit\">").append(Html.text(w.t("intake.follow.submit")))
                .append("</button></p>\n</form>\n");
        if (w.fileAction() != null) {
            html.append("<p><a id=\"request-file-link\" href=\"").append(Html.text(w.fileAction())).append("\">")
                    .append(Html.text(w.t("intake.link.file"))).append("</a></p>\n");
        }
        return html.toString();
    }

    /** The status in plain words: state, division, dates, the due date and how it was counted, the reply when answered. */
    public static String status(Where w, PublicRequestStatus s, String accessCode) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1>").append(Html.text(w.t("intake.status.heading", s.receiptNumber()))).append("</h1>\n")
                .append("<section class=\"request-status\" id=\"request-status\">\n")
                .append("<p class=\"state\" id=\"request-state\"><strong>").append(Html.text(w.t("disclosure.state." + s.state().name())))
                .append("</strong></p>\n<p id=\"request-state-words\">").append(Html.text(w.t("intake.status.words." + s.state().name())))
                .append("</p>\n<dl>\n")
                .append("<dt>").append(Html.text(w.t("intake.status.division"))).append("</dt>\n<dd>")
                .append(Html.text(name(s.division()))).append("</dd>\n")
                .append("<dt>").append(Html.text(w.t("intake.status.received"))).append("</dt>\n<dd>")
                .append(Html.text(date(w.locale(), s.receivedOn()))).append("</dd>\n");
        if (!s.state().closed()) {
            html.append("<dt>").append(Html.text(w.t("intake.status.due"))).append("</dt>\n<dd id=\"due-date\">")
                    .append(Html.text(due(w, s.due()))).append("</dd>\n");
        }
        if (s.replyType() != null) {
            html.append("<dt>").append(Html.text(w.t("intake.status.reply-type"))).append("</dt>\n<dd id=\"reply-type\">")
                    .append(Html.text(w.t("intake.reply-type." + s.replyType().name()))).append("</dd>\n");
        }
        if (s.answeredOn() != null) {
            html.append("<dt>").append(Html.text(w.t("intake.status.answered"))).append("</dt>\n<dd>")
                    .append(Html.text(date(w.locale(), s.answeredOn()))).append("</dd>\n");
        }
        if (s.fee() != null) {
            html.append("<dt>").append(Html.text(w.t("intake.status.fee"))).append("</dt>\n<dd id=\"request-fee\">")
                    .append(Html.text(w.t("intake.status.fee.amount", s.fee().yuan())));
            if (s.fee().payBy() != null) {
                html.append(Html.text(w.t("intake.status.fee.pay-by", date(w.locale(), s.fee().payBy().date()))));
            } else if (s.fee().settlement() != null) {
                html.append(Html.text(w.t("intake.status.fee." + s.fee().settlement())));
            }
            html.append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
        if (!s.state().closed()) {
            explanation(html, w, s.due());
        }
        letters(html, w, s, accessCode);
        html.append("<p><a id=\"request-follow-again\"").append(w.kiosk() ? " class=\"row-btn\"" : "").append(" href=\"")
                .append(Html.text(w.followAction())).append("\">").append(Html.text(w.t("intake.follow.another"))).append("</a></p>\n");
        return html.toString();
    }

    /**
     * The letters sent to the applicant. On the site each is a small form that posts the receipt
     * number, the code and the letter's id back to the follow page (so the code is never in a URL); the
     * kiosk hands out no files and only lists them.
     */
    private static void letters(StringBuilder html, Where w, PublicRequestStatus s, String accessCode) {
        if (s.documents().isEmpty()) {
            return;
        }
        html.append("<section id=\"request-letters\"><h2>").append(Html.text(w.t("intake.status.letters"))).append("</h2>\n");
        if (w.kiosk() || accessCode == null) {
            html.append("<p>").append(Html.text(w.t("intake.status.letters.kiosk"))).append("</p>\n<ul>\n");
            s.documents().stream().filter(d -> d.format() == org.gongshi.request.RequestDocument.Format.PDF)
                    .forEach(d -> html.append("<li>").append(Html.text(w.t("request.document." + d.kind().name()))).append("</li>\n"));
            html.append("</ul>\n</section>\n");
            return;
        }
        html.append("<ul class=\"letters\">\n");
        for (var d : s.documents()) {
            String label = w.t("request.letters.link", w.t("request.document." + d.kind().name()), w.t("request.format." + d.format().name()));
            html.append("<li><form method=\"post\" action=\"").append(Html.text(w.followAction())).append("\">")
                    .append("<input type=\"hidden\" name=\"receipt\" value=\"").append(Html.text(s.receiptNumber())).append("\">")
                    .append("<input type=\"hidden\" name=\"accessCode\" value=\"").append(Html.text(accessCode)).append("\">")
                    .append("<input type=\"hidden\" name=\"document\" value=\"").append(Html.text(d.id())).append("\">")
                    .append("<button type=\"submit\" class=\"letter\" id=\"letter-").append(Html.text(d.id())).append("\">")
                    .append(Html.text(label)).append("</button></form></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    /** A page that only says something: too many attempts, a refused post. */
    public static String notice(Where w, String title, String text, String back, String backLabel) {
        return "<h1>" + Html.text(title) + "</h1>\n<p class=\"refusal\">" + Html.text(text) + "</p>\n"
                + (back == null ? "" : "<p><a" + (w.kiosk() ? " class=\"row-btn\"" : "") + " href=\"" + Html.text(back) + "\">"
                + Html.text(backLabel) + "</a></p>\n");
    }

    /**
     * The styles of these pages on the public site: the form's controls and messages, the large
     * receipt, and for printing the slip alone (site header, links and buttons hidden).
     */
    public static final String SITE_STYLE = "<style>"
            + ".request-form .field{margin:1.2em 0;border:0;padding:0}.request-form legend,.request-form label{font-weight:bold;display:block}"
            + ".request-form fieldset.nested{margin:.4em 0 0 1.4em;border-left:3px solid #ddd;padding:0 0 0 .8em}"
            + ".request-form fieldset.nested legend{font-weight:normal}"
            + ".request-form .choice{display:block;margin:.3em 0}.request-form .choice input{width:1.3em;height:1.3em;vertical-align:middle;margin-right:.4em}"
            + ".request-form input[type=text],.request-form textarea{font-size:1em;width:100%;max-width:36em;padding:.4em;border:2px solid #555;"
            + "border-radius:4px;box-sizing:border-box;font-family:inherit}"
            + ".request-form [aria-invalid=true]{border-color:#b71c1c}"
            + ".hint{color:#444;margin:.2em 0;font-size:.95em}.required,.optional{font-weight:normal;color:#444;font-size:.9em}"
            + ".field-error,.form-errors{color:#b71c1c;font-weight:bold}.form-errors{border:3px solid #b71c1c;padding:.5em 1em;margin:1em 0;background:#fff}"
            + ".form-errors h2{font-size:1.1em;margin:.2em 0}.form-errors a{color:#b71c1c}"
            + "button.submit,button.print{font-size:1.1em;padding:.5em 1.6em;background:#b71c1c;color:#fff;border:0;border-radius:4px;cursor:pointer}"
            + ".next-steps{background:#fff;border:1px solid #ddd;padding:.3em 1em;margin:1em 0}"
            + ".receipt-slip{border:3px solid #1a1a1a;background:#fff;padding:.5em 1.2em;margin:1em 0}"
            + ".receipt-slip dt{color:#444;margin-top:.5em}.receipt-slip dd{margin:0}"
            + ".receipt-slip .big{font-size:2em;font-weight:bold;letter-spacing:.08em;word-break:break-all;"
            + "font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace}"
            + ".remember{font-size:1.3em}.request-status dt{color:#444;margin-top:.5em}.request-status dd{margin:0;font-weight:bold}"
            + ".request-status .state{font-size:1.4em}.refusal{font-size:1.1em}"
            // Printed, the receipt slip alone: the site's header and everything else on the page stay off the paper.
            + "@media print{header,.skip,main>:not(.receipt-slip){display:none!important}body{background:#fff}"
            + "main{max-width:none;padding:0}.receipt-slip{border:2px solid #000;margin:0}}"
            + "</style>\n";

    /**
     * The problems of a form shown again, under {@code title}: each a link to its field, or plain text
     * on a kiosk (where nothing may lead anywhere but the kiosk's own pages).
     */
    static void problemList(StringBuilder html, String title, Map<String, String> problems, boolean kiosk,
                            java.util.function.UnaryOperator<String> controlId) {
        if (problems.isEmpty()) {
            return;
        }
        html.append("<h2>").append(Html.text(title)).append("</h2>\n<ul>\n");
        problems.forEach((field, text) -> {
            html.append("<li>");
            if (kiosk) {
                html.append(Html.text(text));
            } else {
                html.append("<a href=\"#").append(controlId.apply(field)).append("\">").append(Html.text(text)).append("</a>");
            }
            html.append("</li>\n");
        });
        html.append("</ul>\n");
    }

    static String controlId(String field) {
        return switch (field) {
            case RequestFormData.TYPE -> "request-applicant-type";
            case RequestFormData.NAME -> "request-name";
            case RequestFormData.CONTACT -> "request-contact";
            case RequestFormData.DESCRIPTION -> "request-description";
            case RequestFormData.REPLY -> "request-reply";
            default -> "request-" + field;
        };
    }

    private static String hintId(String field) {
        return controlId(field) + "-hint";
    }

    private static String errorId(String field) {
        return controlId(field) + "-error";
    }

    private static String describedBy(String field, String error) {
        return " aria-describedby=\"" + hintId(field) + (error == null ? "" : " " + errorId(field)) + "\""
                + (error == null ? "" : " aria-invalid=\"true\"");
    }

    /** Opens a group of choices: its legend says whether it is required; its problem, if any, comes first. */
    private static void fieldset(StringBuilder html, Where w, String field, String legendKey, boolean required, String error) {
        html.append("<fieldset class=\"field\" id=\"").append(controlId(field)).append("\"")
                .append(error == null ? "" : " aria-describedby=\"" + errorId(field) + "\"").append(">\n<legend>")
                .append(Html.text(w.t(legendKey))).append(" <span class=\"").append(required ? "required" : "optional").append("\">")
                .append(Html.text(w.t(required ? "intake.form.required" : "intake.form.optional"))).append("</span></legend>\n");
        error(html, field, error);
    }

    private static void error(StringBuilder html, String field, String error) {
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(errorId(field)).append("\">").append(Html.text(error)).append("</p>\n");
        }
    }

    private static void radio(StringBuilder html, String name, String value, String label, String chosen, String idSuffix) {
        String id = "request-" + idSuffix;
        html.append("<label class=\"choice\" for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                .append("\" name=\"").append(name).append("\" value=\"").append(Html.text(value)).append("\"")
                .append(value.equals(chosen == null ? "" : chosen.strip()) ? " checked" : "").append(">")
                .append(Html.text(label)).append("</label>\n");
    }

    private static void text(StringBuilder html, Where w, String field, String labelKey, String hintKey, String value, int max,
                             Map<String, String> problems, String autocomplete) {
        String error = problems.get(field);
        String id = controlId(field);
        html.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(Html.text(w.t(labelKey)))
                .append(" <span class=\"required\">").append(Html.text(w.t("intake.form.required"))).append("</span></label>\n")
                .append("<p class=\"hint\" id=\"").append(hintId(field)).append("\">").append(Html.text(w.t(hintKey))).append("</p>\n");
        error(html, field, error);
        html.append("<input type=\"text\" id=\"").append(id).append("\" name=\"").append(field).append("\" maxlength=\"").append(max)
                .append("\" autocomplete=\"").append(autocomplete).append("\" aria-required=\"true\"").append(describedBy(field, error))
                .append(" value=\"").append(Html.text(value)).append("\"></div>\n");
    }

    private static void explanation(StringBuilder html, Where w, DueDate due) {
        if (due == null || due.explanation().isEmpty()) {
            return;
        }
        html.append("<section class=\"due-explanation\" id=\"due-explanation\" aria-labelledby=\"due-explanation-title\">\n")
                .append("<h2 id=\"due-explanation-title\">").append(Html.text(w.t("intake.status.how"))).append("</h2>\n<ul>\n");
        for (String line : due.explanation()) {
            html.append("<li>").append(Html.text(line)).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String due(Where w, DueDate due) {
        if (due == null || due.date() == null) {
            return "";
        }
        return date(w.locale(), due.date()) + (due.provisional() ? w.t("intake.status.provisional") : "");
    }

    static String date(Locale locale, LocalDate date) {
        return date == null ? "" : (Locale.ENGLISH.equals(locale) ? DATE_EN : DATE_ZH).format(date);
    }

    private static String name(String division) {
        try {
            return DivisionDirectory.seed().fullName(DivisionCode.of(division));
        } catch (RuntimeException e) {
            return division;
        }
    }

    /** The code in groups of four, easier to copy by hand: {@code ABCD EFGH JKMN}. */
    static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

}
