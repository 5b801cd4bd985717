package org.gongshi.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who "the same applicant" is for the monthly fee count (国办函〔2020〕109号: per applicant per
 * calendar month) and for Art. 44 (several applicants asking for the same information): the
 * applicant type, name and contact, with width, case and spacing folded, as a SHA-256 digest.
 */
final class ApplicantKey {

    private ApplicantKey() {
    }

    static String of(ApplicantType type, String name, String contact) {
        String canonical = type.name() + "\u0000" + fold(name) + "\u0000" + fold(contact);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available.", e);
        }
    }

    /** NFKC folds full-width letters and digits; spaces, dashes and case do not tell applicants apart. */
    static String fold(String value) {
        return Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-()（）]", "").toLowerCase(Locale.ROOT);
    }
}
