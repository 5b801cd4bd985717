package org.gongshi.web.site;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.Application;
import org.gongshi.request.DisclosureRequest;
import org.gongshi.request.PreferredReplyChannel;
import org.gongshi.web.rest.ResidentFiling;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a resident typed into the filing form, exactly as typed (so that a refused form shows it all
 * again), with its one-time token. Checked here field by field, so that every problem is named next
 * to its field at once; the domain checks the same rules again when the request is received.
 */
public record RequestFormData(String applicantType, String applicantName, String applicantContact, String description,
                              String preferredReply, String token) {

    /** The form's field names (and, prefixed with {@code request-}, the ids of their controls). */
    public static final String TYPE = "applicantType";
    public static final String NAME = "applicantName";
    public static final String CONTACT = "applicantContact";
    public static final String DESCRIPTION = "description";
    public static final String REPLY = "preferredReply";
    public static final String TOKEN = "formToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An empty form with a fresh token. */
    public static RequestFormData empty() {
        return new RequestFormData("", "", "", "", "", newToken());
    }

    /** The form as posted; missing fields are empty, control characters are dropped. */
    public static RequestFormData of(Map<String, String> fields) {
        return new RequestFormData(value(fields, TYPE), value(fields, NAME), value(fields, CONTACT), value(fields, DESCRIPTION),
                value(fields, REPLY), value(fields, TOKEN));
    }

    /** A token for one rendering of the form: 128 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public RequestFormData withToken(String newToken) {
        return new RequestFormData(applicantType, applicantName, applicantContact, description, preferredReply, newToken);
    }

    /** The problems of each field, as translation keys with their arguments, in the order of the form. */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (type() == null) {
            problems.put(TYPE, new Problem("error.disclosure.applicant-type-required"));
        }
        text(problems, NAME, applicantName, DisclosureRequest.NAME_MAX, "applicant-name");
        text(problems, CONTACT, applicantContact, DisclosureRequest.CONTACT_MAX, "applicant-contact");
        text(problems, DESCRIPTION, description, DisclosureRequest.DESCRIPTION_MAX, "description");
        if (!preferredReply.isBlank() && reply() == null) {
            problems.put(REPLY, new Problem("error.intake.reply-channel-invalid"));
        }
        return problems;
    }

    /** The application to file; only for a form without {@link #problems()}. */
    public Application application() {
        return ResidentFiling.application(type(), applicantName, applicantContact, description, reply());
    }

    /** A refusal of one field: its translation key and arguments. */
    public record Problem(String key, Object... arguments) {
    }

    ApplicantType type() {
        try {
            return applicantType.isBlank() ? null : ApplicantType.valueOf(applicantType.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    PreferredReplyChannel reply() {
        try {
            return preferredReply.isBlank() ? null : PreferredReplyChannel.valueOf(preferredReply.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void text(Map<String, Problem> problems, String field, String value, int max, String key) {
        if (value.isBlank()) {
            problems.put(field, new Problem("error.disclosure." + key + "-required"));
        } else if (value.strip().length() > max) {
            problems.put(field, new Problem("error.disclosure." + key + "-too-long", max));
        }
    }

    private static String value(Map<String, String> fields, String name) {
        String v = ResidentFiling.clean(fields.get(name));
        return v == null ? "" : v;
    }
}
