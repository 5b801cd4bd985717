package org.gongshi.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar in force reads the schedule again after a local load, and after another server's within a minute. */
class OfficialCalendarTest {

    /** A database stand-in: the schedule and fingerprint a test sets. */
    static final class FakeYears extends HolidayYearService {
        HolidaySchedule schedule = HolidaySchedule.bundled();
        String fingerprint = "0/null";
        int reads;

        @Override
        public HolidaySchedule schedule() {
            reads++;
            return schedule;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }
    }

    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

    private final FakeYears years = new FakeYears();
    private Instant now = Instant.parse("2026-11-22T02:00:00Z");
    private final OfficialCalendar calendar = new OfficialCalendar();

    {
        calendar.years = years;
        calendar.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private static HolidaySchedule newYear2027() {
        return HolidaySchedule.bundled().with(HolidayFiles.read(HolidayFilesTest.fixture("holidays-2027-test.ics"), 2027).schedule());
    }

    @Test
    void a_local_load_is_in_force_at_the_next_question() {
        assertThat(calendar.add("2026-12-10", 20).provisional()).isTrue();
        assertThat(calendar.add("2026-12-10", 20).date()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(years.reads).isEqualTo(1);

        years.schedule = newYear2027();
        calendar.reload(new HolidayYearsLoaded(Set.of(2027)));
        WorkingDayCount due = calendar.workingDays().add(DEC_10, 20);
        assertThat(due.provisional()).isFalse();
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void another_servers_load_is_noticed_by_the_fingerprint_within_a_minute() {
        assertThat(calendar.workingDays().add(DEC_10, 20).provisional()).isTrue();
        years.schedule = newYear2027();
        years.fingerprint = "35/2026-11-22T02:00:30Z";
        now = now.plusSeconds(30);
        assertThat(calendar.workingDays().add(DEC_10, 20).provisional()).as("checked at most once a minute").isTrue();
        now = now.plusSeconds(31);
        assertThat(calendar.workingDays().add(DEC_10, 20).provisional()).isFalse();
        assertThat(years.reads).isEqualTo(2);
        now = now.plusSeconds(120);
        calendar.workingDays();
        assertThat(years.reads).as("an unchanged fingerprint reads nothing again").isEqualTo(2);
    }
}
