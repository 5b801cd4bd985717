package org.gongshi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.gongshi.shared.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The working-day calendar in force: the bundled official schedule (2004–2026) merged with the
 * years an administrator loaded ({@link HolidaySchedule#with}: a loaded year replaces that year
 * wholly). Read from the database on first use and again after every load has committed, so a
 * deadline that was provisional is recomputed on the loaded schedule by the next question.
 */
@ApplicationScoped
public class OfficialCalendar {

    @Inject
    HolidayYearService years;

    private final AtomicLong generation = new AtomicLong();
    private volatile WorkingDays workingDays;

    public WorkingDays workingDays() {
        WorkingDays current = workingDays;
        if (current == null) {
            long seen = generation.get();
            current = new WorkingDays(years.schedule());
            synchronized (this) {
                // A load committed while we read: keep nothing, the next call reads again.
                if (generation.get() == seen) {
                    workingDays = current;
                }
            }
        }
        return current;
    }

    /** A load committed: forget the schedule, the next question reads it again. */
    void loaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) HolidayYearsLoaded event) {
        synchronized (this) {
            generation.incrementAndGet();
            workingDays = null;
        }
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
        return workingDays().add(start, add);
    }
}
