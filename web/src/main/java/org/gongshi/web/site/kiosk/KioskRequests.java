package org.gongshi.web.site.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.request.RequestChannel;
import org.gongshi.web.site.RequestFlows;
import org.gongshi.web.site.RequestFormData;
import org.gongshi.web.site.RequestPages;

import java.io.IOException;
import java.util.Map;

/**
 * Disclosure requests at the reading-point kiosk: {@code /kiosk/{code}/request} files one for the
 * kiosk's own division ({@link RequestChannel#KIOSK}), {@code /kiosk/{code}/follow} follows one of
 * that division with its code. The same forms, guards and refusals as the public site
 * ({@link RequestFlows}), in the kiosk's frame: large controls, every link under the kiosk's address,
 * the forms never sent home by the idle timer without its warning, and the confirmation printable
 * as a receipt slip (凭条).
 */
@ApplicationScoped
public class KioskRequests {

    @Inject
    RequestFlows flows;

    /** The empty filing form. */
    String fileForm(KioskFrame f) {
        return fileForm(f, RequestFormData.empty(), Map.of(), null);
    }

    /** The empty follow form. */
    String followForm(KioskFrame f) {
        return followForm(f, null, null);
    }

    /** A posted form: filing ({@code request}) or following ({@code follow}); the status to answer with is set on {@code response}. */
    String post(HttpServletRequest request, HttpServletResponse response, KioskFrame f, String page) throws IOException {
        if ("request".equals(page)) {
            return switch (flows.file(request, f.locale(), f.division(), RequestChannel.KIOSK)) {
                case RequestFlows.ShowForm form -> {
                    response.setStatus(form.status());
                    yield fileForm(f, form.data(), form.problems(), form.formProblem());
                }
                // Not a form page: after the idle time, with or without JavaScript, the code leaves the screen.
                case RequestFlows.Done done -> f.page(f.t("intake.confirm.title"), f.home(),
                        STYLE + RequestPages.confirmation(where(f), done.filed(), done.filed().receivedOn()));
                case RequestFlows.Refused refused -> refused(response, f, refused, f.url("request"));
            };
        }
        return switch (flows.follow(request, f.locale(), f.division())) {
            case RequestFlows.ShowFollowForm form -> {
                response.setStatus(form.status());
                yield followForm(f, form.receipt(), form.problem());
            }
            case RequestFlows.Found found -> f.page(f.t("intake.follow.title"), f.home(),
                    STYLE + RequestPages.status(where(f), found.status(), null));
            // The kiosk hands out no files (as with attachments): the status page lists the letters only.
            case RequestFlows.Letter letter -> followForm(f, "", f.t("intake.status.letters.kiosk"));
            case RequestFlows.Refused refused -> refused(response, f, refused, f.url("follow"));
        };
    }

    private static String fileForm(KioskFrame f, RequestFormData data, Map<String, String> problems, String formProblem) {
        return f.formPage(f.t("intake.form.title"), f.home(), STYLE + RequestPages.form(where(f), data, problems, formProblem));
    }

    private static String followForm(KioskFrame f, String receipt, String problem) {
        return f.formPage(f.t("intake.follow.title"), f.home(), STYLE + RequestPages.followForm(where(f), receipt, problem));
    }

    private static String refused(HttpServletResponse response, KioskFrame f, RequestFlows.Refused refused, String back) {
        refused.applyTo(response);
        String title = f.t(refused.titleKey());
        return f.page(title, f.home(), STYLE + RequestPages.notice(where(f), title, refused.message(), back, f.t("intake.back-to-form")));
    }

    /** The kiosk's own addresses for both forms: nothing leaves {@code /kiosk/{code}/}. */
    static RequestPages.Where where(KioskFrame f) {
        return new RequestPages.Where(f.locale(), f.division(), f.url("request"), f.url("follow"), true);
    }

    /**
     * The forms for a finger: controls and choices at least 64 px high, a thick focus ring on each;
     * and for printing, the receipt slip alone (the kiosk's bar, banners and buttons left out).
     */
    static final String STYLE = "<style>[hidden]{display:none!important}"
            + ".request-form .field{margin:1em 0;border:0;padding:0}.request-form legend,.request-form label{font-weight:bold;display:block}"
            + ".request-form .choice{display:flex;align-items:center;gap:.5em;min-height:64px;margin:.4em 0;padding:.2em .6em;"
            + "border:3px solid #0b3d91;border-radius:10px;font-weight:normal}"
            + ".request-form .choice input{width:36px;height:36px;flex:none}"
            + ".request-form fieldset.nested{margin:.4em 0 0 1em;border:0;padding:0}.request-form fieldset.nested legend{font-weight:normal}"
            + ".request-form input[type=text],.request-form textarea{display:block;width:100%;min-height:64px;font-size:1em;padding:.3em .5em;"
            + "border:3px solid #000;border-radius:10px;font-family:inherit}"
            + ".request-form [aria-invalid=true]{border-color:#9a0000}"
            + ".hint{margin:.2em 0;font-size:.85em;color:#333}.required,.optional{font-weight:normal;font-size:.85em;color:#333}"
            + ".field-error,.form-errors{color:#9a0000;font-weight:bold}.form-errors{border:4px solid #9a0000;padding:.4em .8em;margin:.6em 0}"
            + ".form-errors h2{font-size:1em;margin:.2em 0}"
            + "button.submit,button.print{display:block;width:100%;min-height:80px;font-size:1.1em;font-weight:bold;background:#0b3d91;color:#fff;"
            + "border:0;border-radius:12px;font-family:inherit}"
            + ".next-steps{background:#eef3fb;border-left:6px solid #0b3d91;padding:.2em .8em;margin:1em 0;font-size:.9em}"
            + ".receipt-slip{border:4px solid #000;padding:.4em 1em;margin:1em 0}.receipt-slip dt{margin-top:.4em;font-size:.85em}"
            + ".receipt-slip dd{margin:0}.receipt-slip .big{font-size:1.9em;font-weight:bold;letter-spacing:.08em;word-break:break-all;"
            + "font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace}"
            + ".remember{font-size:1.2em}.request-status dt{margin-top:.4em;font-size:.85em}.request-status dd{margin:0;font-weight:bold}"
            + ".request-status .state{font-size:1.3em}"
            + "input:focus-visible,textarea:focus-visible,button:focus-visible{outline:5px solid #ffbf00;outline-offset:3px}"
            + "@media print{.bar,.banner,.skip,main>:not(.receipt-slip){display:none!important}"
            + "body{font-size:12pt}main{padding:0;max-width:none}.receipt-slip{border:0;margin:0}.receipt-slip .big{font-size:20pt}}"
            + "</style>\n";
}
