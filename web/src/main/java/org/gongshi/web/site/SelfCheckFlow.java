package org.gongshi.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.RateLimited;
import org.gongshi.web.rest.ResidentSelfCheck;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What happens when a resident posts the relief self-check form, on the public site or at a kiosk:
 * the checks every post gets ({@link RequestFlows#read}: same site, a form, not too large), then the
 * question ({@link ResidentSelfCheck}). The answer says which page to show; the frames render it with
 * {@link SelfCheckPages}. The ID number goes into no answer: a form shown again has its ID field
 * empty, a result does not repeat it.
 */
@ApplicationScoped
public class SelfCheckFlow {

    /** What to show after the form was posted. */
    public sealed interface Checking permits ShowForm, Result, RequestFlows.Refused {
    }

    /** The form again, with the name as typed (never the ID number) and what to correct, by field. */
    public record ShowForm(int status, String name, Map<String, String> problems) implements Checking {
    }

    /** The answer: the lists now on notice that hold the person, none when not on any. */
    public record Result(List<SelfCheckMatch> matches) implements Checking {
    }

    @Inject
    ResidentSelfCheck selfCheck;

    /** The self-check form posted to the board or kiosk of {@code division}. */
    public Checking check(HttpServletRequest request, Locale locale, DivisionCode division) throws IOException {
        RequestFlows.Posted form = RequestFlows.read(request, locale);
        if (form.refused() != null) {
            return form.refused();
        }
        String idNumber = form.fields().getOrDefault(ResidentSelfCheck.ID_NUMBER, "");
        String name = form.fields().getOrDefault(ResidentSelfCheck.NAME, "");
        String typedName = name.length() > ResidentSelfCheck.NAME_MAX * 2 ? "" : name.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        ResidentSelfCheck.problems(idNumber, name)
                .forEach((field, key) -> problems.put(field, Messages.get(locale, key, ResidentSelfCheck.NAME_MAX)));
        if (!problems.isEmpty()) {
            return new ShowForm(400, typedName, problems);
        }
        try {
            return new Result(selfCheck.check(request.getRemoteAddr(), division, idNumber, name));
        } catch (RateLimited limited) {
            return new RequestFlows.Refused(429, Messages.get(locale, limited.messageKey(), limited.retryAfterMinutes()),
                    limited.retryAfterSeconds());
        } catch (InvalidInput invalid) {
            return new ShowForm(400, typedName, Map.of(ResidentSelfCheck.ID_NUMBER,
                    Messages.get(locale, invalid.messageKey(), invalid.arguments())));
        }
    }
}
