package org.gongshi.web.site.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshi.web.site.RequestFlows;
import org.gongshi.web.site.SelfCheckFlow;
import org.gongshi.web.site.SelfCheckPages;

import java.io.IOException;
import java.util.Map;

/**
 * The relief self-check at the reading-point kiosk: {@code /kiosk/{code}/self-check}, for the kiosk's
 * own division only. The same form, guards and answers as the public site ({@link SelfCheckFlow}) in
 * the kiosk's frame: large controls, links that stay under the kiosk's address, and the answer a page
 * that goes home by itself after the idle time, so that the next person at the screen does not see
 * whether the last one receives assistance.
 */
@ApplicationScoped
public class KioskSelfCheck {

    static final String PAGE = "self-check";

    @Inject
    SelfCheckFlow flow;

    /** The empty form. */
    String form(KioskFrame f) {
        return form(f, "", Map.of());
    }

    /** The posted form; the status to answer with is set on {@code response}. */
    String post(HttpServletRequest request, HttpServletResponse response, KioskFrame f) throws IOException {
        return switch (flow.check(request, f.locale(), f.division())) {
            case SelfCheckFlow.ShowForm shown -> {
                response.setStatus(shown.status());
                yield form(f, shown.name(), shown.problems());
            }
            case SelfCheckFlow.Result result -> f.page(f.t("self-check.result.heading"), f.home(),
                    KioskRequests.STYLE + SelfCheckPages.result(where(f), result.matches()));
            case RequestFlows.Refused refused -> {
                refused.applyTo(response);
                String title = f.t(refused.titleKey());
                yield f.page(title, f.home(), KioskRequests.STYLE + SelfCheckPages.refusal(where(f), title, refused.message()));
            }
        };
    }

    private static String form(KioskFrame f, String name, Map<String, String> problems) {
        return f.formPage(f.t("self-check.title"), f.home(), KioskRequests.STYLE + SelfCheckPages.form(where(f), name, problems));
    }

    /** Every address of these pages stays under {@code /kiosk/{code}/}: the form, and the notices of the answer. */
    static SelfCheckPages.Where where(KioskFrame f) {
        return new SelfCheckPages.Where(f.locale(), f.division(), f.url(PAGE),
                id -> f.url("notices/" + id), true);
    }
}
