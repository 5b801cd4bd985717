package org.gongshi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.gongshi.shared.InvalidInput;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The working-day calendar in force: the bundled official schedule (2004–2026) merged with the
 * years an administrator loaded ({@link HolidaySchedule#with}: a loaded year replaces that year
 * wholly). Read from the database on first use and again after every load on this server has
 * committed, so a provisional deadline is recomputed on the loaded schedule by the next question;
 * a load on another server is noticed within {@link #RECHECK} by the table's fingerprint.
 */
@ApplicationScoped
public class OfficialCalendar {

    static final Duration RECHECK = Duration.ofSeconds(60);

    private record Loaded(WorkingDays workingDays, String fingerprint, Instant checkedAt) {
    }

    @Inject
    HolidayYearService years;

    @Inject
    Clock clock;

    private long generation;
    private volatile Loaded loaded;

    public WorkingDays workingDays() {
        Loaded current = loaded;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.checkedAt().plus(RECHECK))) {
            return current.workingDays();
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        String fingerprint = years.fingerprint();
        Loaded fresh = current != null && current.fingerprint().equals(fingerprint)
                ? new Loaded(current.workingDays(), fingerprint, now)
                : new Loaded(new WorkingDays(years.schedule()), fingerprint, now);
        synchronized (this) {
            // A load committed while we read: keep nothing, the next call reads again.
            if (generation == seen) {
                loaded = fresh;
            }
        }
        return fresh.workingDays();
    }

    /** A load committed on this server: forget the schedule, the next question reads it again. */
    void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) HolidayYearsLoaded event) {
        synchronized (this) {
            generation++;
            loaded = null;
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
