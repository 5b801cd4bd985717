package org.gongshi.request;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The applicant's access code: shown once at intake, never stored. Only a PBKDF2 hash with a
 * per-request salt is kept, so a copy of the database does not let anyone follow a request.
 * The alphabet leaves out characters read alike (0/O, 1/I/L), so the code can be read aloud.
 */
public final class AccessCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    public static String hash(String code, String salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(normalise(code).toCharArray(), Base64.getDecoder().decode(salt), ITERATIONS, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available.", e);
        }
    }

    /** Compares in constant time; spaces, dashes and lower case typed by the applicant do not matter. */
    public static boolean matches(String typed, String salt, String storedHash) {
        if (typed == null || typed.isBlank() || typed.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(hash(typed, salt).getBytes(), storedHash.getBytes());
    }

    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
