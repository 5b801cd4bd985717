package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.Application;
import org.gongshi.request.Intake;
import org.gongshi.request.PreferredReplyChannel;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestService;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.SlidingWindow;
import org.gongshi.web.rest.PublicRequestResource.Filed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident files a request — through the JSON API, the public site's form or a kiosk — with the
 * guards every way in shares: at most one filing per key ({@link IdempotentFilings}; keys are kept
 * per client address, so a key seen from elsewhere is a different key), the client's allowance
 * ({@link FilingLimit}, taken only when something is really filed: a repeat with the same key costs
 * nothing, a refusal for invalid input is given back), and then the service, which refuses the same
 * content filed again within minutes ({@code DuplicateFiling}).
 */
@ApplicationScoped
public class ResidentFiling {

    /** What an {@code Idempotency-Key} (or a form token) may look like: visible ASCII, 8–100 characters. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,100}");

    @Inject
    RequestService requests;

    @Inject
    FilingLimit limit;

    @Inject
    IdempotentFilings memory;

    /**
     * Files {@code application} for {@code division} by {@code channel} from {@code client}, once per
     * {@code key} (none: no repeat protection beyond the service's content check).
     *
     * @throws RateLimited   when the client has filed as much as allowed
     * @throws InvalidInput  for a malformed key, or an application the domain refuses
     */
    public IdempotentFilings.Outcome file(String client, String key, DivisionCode division, RequestChannel channel,
                                          Application application) {
        Objects.requireNonNull(client, "Client address is required.");
        if (key == null) {
            return new IdempotentFilings.Outcome(fileNow(client, division, channel, application), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput("error.intake.key-invalid");
        }
        return memory.once(client + "|" + key, fingerprint(division, channel, application),
                () -> fileNow(client, division, channel, application));
    }

    private Filed fileNow(String client, DivisionCode division, RequestChannel channel, Application application) {
        SlidingWindow.Attempt taken = limit.take(client);
        if (!taken.recorded()) {
            throw new RateLimited("error.intake.too-many-filings", taken.retryAfter());
        }
        try {
            Intake intake = requests.fileByResident(division, channel, application);
            return new Filed(intake.receiptNumber(), intake.accessCode(), intake.request().state().name(),
                    intake.request().receivedOn(), intake.request().due());
        } catch (InvalidInput invalid) {
            // Nothing was filed and nothing costly done: a resident correcting a typo keeps the allowance.
            limit.giveBack(client, taken.at());
            throw invalid;
        }
    }

    /** Stands for the content of a filing (a hash: the memory of keys holds no personal data beyond the answer). */
    static String fingerprint(DivisionCode division, RequestChannel channel, Application a) {
        String text = String.join("\u0000", division.value(), channel.name(), String.valueOf(a.applicantType()),
                strip(a.applicantName()), strip(a.applicantContact()), strip(a.description()), String.valueOf(a.preferredReply()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An application as typed, with control characters taken out of its text. */
    public static Application application(ApplicantType type, String name, String contact, String description,
                                          PreferredReplyChannel preferredReply) {
        return new Application(type, clean(name), clean(contact), clean(description), preferredReply);
    }

    /** Control characters other than tab and line breaks never belong in a request (PostgreSQL refuses NUL). */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c >= 0x20 && c != 0x7F || c == '\n' || c == '\r' || c == '\t').forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
