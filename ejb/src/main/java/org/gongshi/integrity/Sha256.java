package org.gongshi.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 of text (UTF-8), as 64 lower-case hex digits: the one hash of the chain. */
final class Sha256 {

    /** The "previous link" of a division's first link. */
    static final String NOTHING_BEFORE = "0".repeat(64);

    private Sha256() {
    }

    static String hex(String text) {
        Objects.requireNonNull(text, "Text to hash is required.");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
