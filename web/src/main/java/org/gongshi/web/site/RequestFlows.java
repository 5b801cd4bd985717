package org.gongshi.web.site;

import org.gongshi.request.DocumentFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.request.DuplicateFiling;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.request.RequestChannel;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.BoundedBody;
import org.gongshi.web.http.SameOrigin;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.rest.IdempotentFilings;
import org.gongshi.web.rest.PublicRequestResource.Filed;
import org.gongshi.web.rest.RateLimited;
import org.gongshi.web.rest.RequestFollowing;
import org.gongshi.web.rest.ResidentFiling;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What happens when a resident posts the filing form or the follow form, on the public site or at a
 * kiosk: the checks every post gets (same site, form encoding, at most {@link BoundedBody#MAX_BYTES}),
 * then {@link ResidentFiling} once per form token, or {@link RequestFollowing}. The answer says which
 * page to show; the frames ({@code RequestSite}, the kiosk) render it. Nothing here keeps a session
 * or writes the access code anywhere but into the answer.
 */
@ApplicationScoped
public class RequestFlows {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** What to show after the filing form was posted. */
    public sealed interface Filing {
    }

    /** The form again, with everything typed, a problem next to each field and/or one for the whole form. */
    public record ShowForm(int status, RequestFormData data, Map<String, String> problems, String formProblem) implements Filing {
    }

    /** Filed (or filed moments ago with this very form: {@code replayed}): the confirmation. */
    public record Done(Filed filed, boolean replayed) implements Filing {
    }

    /** Refused before anything was looked at (another site's page, too large, not a form) or for now (429). */
    public record Refused(int status, String message, long retryAfterSeconds) implements Filing, Following, SelfCheckFlow.Checking {

        /** Sets the status and its headers on {@code response}: when to try again, and closing a connection whose body was not read. */
        public void applyTo(jakarta.servlet.http.HttpServletResponse response) {
            response.setStatus(status);
            if (status == jakarta.servlet.http.HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                response.setHeader("Connection", "close");  // the rest of the body is not read
            }
            if (retryAfterSeconds > 0) {
                response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            }
        }

        /** The title of the page that says so: try later (429), or the post could not be taken. */
        public String titleKey() {
            return status == 429 ? "intake.limited.title" : "intake.refused.title";
        }
    }

    /** What to show after the follow form was posted. */
    public sealed interface Following {
    }

    /** The follow form again, with the receipt number as typed (never the code) and what was wrong. */
    public record ShowFollowForm(int status, String receipt, String problem) implements Following {
    }

    /**
     * The status for the holder of the code; the code goes back into the page only inside the forms
     * that fetch the letters (a page sent with {@code no-store}, never into a URL).
     */
    public record Found(PublicRequestStatus status, String accessCode) implements Following {
    }

    /** A letter of the request, asked for from the status page with the code. */
    public record Letter(DocumentFile file) implements Following {
    }

    @Inject
    ResidentFiling filings;

    @Inject
    RequestFollowing following;

    /** The filing form posted for {@code division} by {@code channel} (online or at a kiosk). */
    public Filing file(HttpServletRequest request, Locale locale, DivisionCode division, RequestChannel channel) throws IOException {
        Posted form = read(request, locale);
        if (form.refused() != null) {
            return form.refused();
        }
        Map<String, String> fields = form.fields();
        RequestFormData posted = RequestFormData.of(fields);
        boolean tokenOk = TOKEN.matcher(posted.token()).matches();
        RequestFormData data = tokenOk ? posted : posted.withToken(RequestFormData.newToken());
        Map<String, String> problems = new LinkedHashMap<>();
        data.problems().forEach((field, p) -> problems.put(field, RequestPages.message(locale, p)));
        if (!problems.isEmpty()) {
            return new ShowForm(400, data, problems, null);
        }
        if (!tokenOk) {
            return new ShowForm(400, data, Map.of(), Messages.get(locale, "intake.form.expired"));
        }
        try {
            IdempotentFilings.Outcome outcome = filings.file(request.getRemoteAddr(), "form:" + data.token(), division, channel,
                    data.application());
            return new Done(outcome.filed(), outcome.replayed());
        } catch (RateLimited limited) {
            return new Refused(429, Messages.get(locale, limited.messageKey(), limited.retryAfterMinutes()), limited.retryAfterSeconds());
        } catch (DuplicateFiling duplicate) {
            return new ShowForm(409, data, Map.of(), Messages.get(locale, duplicate.messageKey(), duplicate.arguments()));
        } catch (InvalidState reused) {
            if (!"error.intake.key-reused".equals(reused.messageKey())) {
                throw reused;
            }
            // This token was used for other content (a form restored by the browser and changed): a fresh token, everything kept.
            return new ShowForm(409, data.withToken(RequestFormData.newToken()), Map.of(), Messages.get(locale, "intake.form.expired"));
        } catch (InvalidInput invalid) {
            String field = fieldOf(invalid.messageKey());
            String text = Messages.get(locale, invalid.messageKey(), invalid.arguments());
            return field == null ? new ShowForm(400, data, Map.of(), text) : new ShowForm(400, data, Map.of(field, text), null);
        }
    }

    /** The follow form posted; {@code within} limits it to one division's requests (a division's or kiosk's page). */
    public Following follow(HttpServletRequest request, Locale locale, DivisionCode within) throws IOException {
        Posted form = read(request, locale);
        if (form.refused() != null) {
            return form.refused();
        }
        Map<String, String> fields = form.fields();
        String receipt = ResidentFiling.clean(fields.getOrDefault("receipt", "")).strip();
        String code = ResidentFiling.clean(fields.getOrDefault("accessCode", "")).strip();
        if (receipt.isEmpty() || code.isEmpty() || receipt.length() > 40) {
            return new ShowFollowForm(400, receipt.length() > 40 ? "" : receipt, Messages.get(locale, "intake.follow.required"));
        }
        String document = fields.getOrDefault("document", "").strip();
        try {
            if (!document.isEmpty()) {
                return new Letter(following.document(request.getRemoteAddr(), receipt, code, document, within));
            }
            return new Found(following.follow(request.getRemoteAddr(), receipt, code, within), code);
        } catch (RateLimited limited) {
            return new Refused(429, Messages.get(locale, limited.messageKey(), limited.retryAfterMinutes()), limited.retryAfterSeconds());
        } catch (NotFound notFound) {
            return new ShowFollowForm(404, receipt, Messages.get(locale, "error.disclosure.not-found"));
        }
    }

    /** A posted form's fields, or why it is refused unread. */
    record Posted(Map<String, String> fields, Refused refused) {
    }

    /** The checks of every post (from this site's own pages, a form, not too large), then its fields. */
    static Posted read(HttpServletRequest request, Locale locale) throws IOException {
        if (!SameOrigin.allows(request)) {
            return new Posted(null, new Refused(403, Messages.get(locale, "error.intake.cross-origin"), 0));
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return new Posted(null, new Refused(415, Messages.get(locale, "error.intake.not-a-form"), 0));
        }
        try {
            return new Posted(BoundedBody.formFields(BoundedBody.read(request.getInputStream(), request.getContentLengthLong(),
                    BoundedBody.MAX_BYTES)), null);
        } catch (BoundedBody.TooLarge e) {
            return new Posted(null, new Refused(413, Messages.get(locale, "error.intake.too-large"), 0));
        }
    }

    /** The field a refusal of the domain is about, by its key ({@code error.disclosure.applicant-name-too-long} → name). */
    static String fieldOf(String key) {
        if (key.startsWith("error.disclosure.applicant-type")) {
            return RequestFormData.TYPE;
        } else if (key.startsWith("error.disclosure.applicant-name")) {
            return RequestFormData.NAME;
        } else if (key.startsWith("error.disclosure.applicant-contact")) {
            return RequestFormData.CONTACT;
        } else if (key.startsWith("error.disclosure.description")) {
            return RequestFormData.DESCRIPTION;
        } else if (key.startsWith("error.intake.reply-channel")) {
            return RequestFormData.REPLY;
        }
        return null;
    }
}
