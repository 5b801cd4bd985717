package org.gongshi.relief;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Seals the tenants' hash secrets with the server key (AES-256-GCM, a random 96-bit nonce per seal,
 * the division code as associated data so that a sealed secret copied to another tenant's row does
 * not open). Stored as {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag). A database dump alone therefore
 * does not give the secrets, and without a secret the ID hashes cannot be tested against the possible
 * numbers.
 * <p>
 * The server key comes from the system property {@value #PROPERTY} or the environment variable
 * {@value #ENV}: Base64 of 32 random bytes ({@code openssl rand -base64 32}). Without either, a
 * development key fixed in this class is used and a warning is logged: fine on a laptop, never in
 * production (docs/architecture.md, "Relief lists"). Changing the key makes every sealed secret
 * unreadable, and with them every self-check on lists already imported.
 */
public final class SecretSealing {

    public static final String PROPERTY = "gongshi.relief.secret-key";
    public static final String ENV = "GONGSHI_RELIEF_SECRET_KEY";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SecretSealing.class.getName());

    private final SecretKeySpec key;

    /** Sealing with {@code key} (32 bytes). */
    public SecretSealing(byte[] key) {
        Objects.requireNonNull(key, "Key is required.");
        if (key.length != 32) {
            throw new IllegalArgumentException("The server key must be 32 bytes (AES-256).");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "AES");
    }

    /** The server's sealing, with the configured key or the development default. */
    public static SecretSealing fromConfiguration() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured == null || configured.isBlank()) {
            LOG.warning("No " + PROPERTY + " / " + ENV + " set: relief-list hash secrets are sealed with the "
                    + "development key. Set a random key in production.");
            return new SecretSealing(developmentKey());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be Base64 of 32 bytes.");
        }
        return new SecretSealing(key);
    }

    static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("gongshi development key - never use in production".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** {@code secret} sealed for {@code division}. */
    public String seal(byte[] secret, String division) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(division.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** The secret sealed for {@code division}; refused when the key, the division or the text do not fit. */
    public byte[] open(String sealed, String division) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Not a sealed secret.");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(division.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The sealed secret does not open with this server key.", e);
        }
    }

    @Override
    public String toString() {
        return "SecretSealing[AES-256-GCM, key hidden]";
    }
}
