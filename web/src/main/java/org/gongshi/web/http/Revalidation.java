package org.gongshi.web.http;

import org.gongshi.notice.BoardVersion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Validators of a public answer and the conditional-request rules of RFC 9110 §13: an answer
 * carries a weak {@code ETag} (the board version: equal bytes are not promised across servers,
 * equal content is) and a {@code Last-Modified}; {@code Cache-Control: no-cache} makes every cache
 * ask again each time, so a publication or takedown is seen on the very next request, while an
 * unchanged board costs a 304 with no body.
 */
public final class Revalidation {

    /** Store, but ask the server every time before using the stored copy. */
    public static final String CACHE_CONTROL = "no-cache";

    private Revalidation() {
    }

    /** The entity tag of everything derived from {@code version}: weak, quoted. */
    public static String etag(BoardVersion version) {
        return "W/\"" + version.tag() + "\"";
    }

    /** An HTTP date, e.g. {@code Sun, 22 Nov 2026 07:19:53 GMT}. */
    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    /**
     * Whether the client's copy is current, so that a 304 answers it. If-None-Match, when present,
     * decides alone (weak comparison, any of a list, or {@code *}); otherwise If-Modified-Since
     * counts, at the one-second precision of HTTP dates. Unparseable dates are ignored.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            String ours = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || opaque(c).equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && !ifModifiedSince.isBlank() && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return lastModified.getEpochSecond() <= since.getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** The tag without its weakness indicator: the weak comparison of RFC 9110 §8.8.3.2. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
