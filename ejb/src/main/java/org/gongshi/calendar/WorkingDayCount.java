package org.gongshi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The day a period of working days ends, and how it was reached, in words staff and applicants
 * understand. {@code provisional} when the period reaches a year whose holiday schedule is not yet
 * loaded: the date then counts weekends only and will move when that year is loaded.
 */
public record WorkingDayCount(LocalDate start, int workingDays, LocalDate date, boolean provisional,
                              List<String> explanation) {

    public WorkingDayCount {
        explanation = List.copyOf(explanation);
    }
}
