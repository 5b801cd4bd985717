package org.gongshi.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyed hash (HMAC-SHA256) of a citizen ID number with a secret of one tenant: what Gongshi keeps
 * of an ID after a list is imported, so that a resident can check whether they are on a list without
 * anyone storing the number (PIPL Art. 6, minimal; the uploaded file and raw values are not kept).
 * Without the secret the hash cannot be tested against the 10^11-odd possible IDs of a county, and
 * one tenant's hashes say nothing about another's.
 * <p>
 * The number is hashed in its canonical form ({@link CitizenId#canonical}): separators dropped,
 * full-width digits and lower-case x normalised, and a 15-digit old number upgraded to 18 characters,
 * so the same person matches whichever form a list or the resident wrote. A mistyped check character
 * is hashed as written.
 */
public final class IdNumberHash {

    /** Bytes of a new secret: as long as the HMAC-SHA256 output. */
    public static final int SECRET_BYTES = 32;
    /** Shorter secrets are refused. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** Initialised once and cloned per hash: looking up and keying a Mac costs more than hashing (relief import benchmark). */
    private final Mac prototype;

    /** A hash keyed with {@code tenantSecret} (copied; at least {@value #MIN_SECRET_BYTES} bytes). */
    public IdNumberHash(byte[] tenantSecret) {
        Objects.requireNonNull(tenantSecret, "The tenant's secret is required.");
        if (tenantSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("A secret of at least " + MIN_SECRET_BYTES + " bytes is required.");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(tenantSecret, tenantSecret.length), ALGORITHM);
        this.prototype = newMac(key);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** A new random secret for a tenant ({@value #SECRET_BYTES} bytes from a {@link SecureRandom}). */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The hash (64 lower-case hex digits) of an ID number as written; empty when it is not shaped like one. */
    public Optional<String> of(String idNumber) {
        return CitizenId.canonical(idNumber).map(this::hmac);
    }

    /** Whether {@code idNumber} is the number behind {@code storedHash}; compared in constant time. */
    public boolean matches(String idNumber, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return of(idNumber).map(h -> MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    private String hmac(String canonical) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            mac = newMac(key);
        }
        return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public String toString() {
        return "IdNumberHash[HmacSHA256, secret hidden]";
    }
}
