package org.gongshi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.shared.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The working-day calendar in force: the bundled official schedule (2004–2026). Years an
 * administrator loads later are merged in by {@link HolidaySchedule#with}.
 */
@ApplicationScoped
public class OfficialCalendar {

    private volatile WorkingDays workingDays = new WorkingDays(HolidaySchedule.bundled());

    public WorkingDays workingDays() {
        return workingDays;
    }

    /** {@code add} working days after {@code from} (ISO date), with the explanation; bad input in Chinese. */
    public WorkingDayCount add(String from, int add) {
        LocalDate start;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.calendar.date");
        }
        if (add < 0 || add > WorkingDays.MAX_DAYS) {
            throw new InvalidInput("error.calendar.days", WorkingDays.MAX_DAYS);
        }
        return workingDays.add(start, add);
    }
}
