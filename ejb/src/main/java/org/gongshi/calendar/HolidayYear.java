package org.gongshi.calendar;

import java.time.Instant;

/**
 * A year whose holiday schedule is known: {@code source} is {@code bundled} (shipped with Gongshi)
 * or {@code loaded} (by {@code loadedBy} at {@code loadedAt}; both null for bundled years).
 */
public record HolidayYear(int year, String source, int holidays, int makeUpWorkdays, String loadedBy, Instant loadedAt) {

    public static final String BUNDLED = "bundled";
    public static final String LOADED = "loaded";
}
