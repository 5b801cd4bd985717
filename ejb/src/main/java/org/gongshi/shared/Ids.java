package org.gongshi.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Primary keys: UUID version 7 (RFC 9562). Random enough that keys never collide across tenants
 * and cannot be guessed from one another, time-ordered so that B-tree inserts stay local.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return newId(Clock.systemUTC());
    }

    static String newId(Clock clock) {
        long millis = clock.millis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** True for the canonical text form of a UUID; anything else cannot be one of our keys. */
    public static boolean looksLikeId(String value) {
        return value != null && value.length() == 36
                && value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
