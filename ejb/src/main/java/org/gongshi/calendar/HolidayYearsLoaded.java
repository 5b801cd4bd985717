package org.gongshi.calendar;

import java.util.Set;

/** Fired inside the transaction that loaded {@code years}; the calendar in force reloads after commit. */
public record HolidayYearsLoaded(Set<Integer> years) {
}
