package org.gongshi.calendar;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loaded years in the real schema (H2, or PostgreSQL when {@code GONGSHI_DB_URL} is set), through a
 * national entity manager: stored, merged over the bundled schedule, replaced wholly on a reload.
 */
class HolidayYearStoreTest {

    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String fingerprint() {
        try (EntityManager em = db.openNational()) {
            return HolidayYearStore.fingerprint(em);
        }
    }

    @Test
    void the_fingerprint_changes_with_every_load() {
        String empty = fingerprint();
        load(HolidayFilesTest.fixture("holidays-2027-test.ics"), 2027, "wc-admin");
        String once = fingerprint();
        assertThat(once).isNotEqualTo(empty).startsWith("35/");
        HolidaySchedule parsed = HolidayFiles.read(HolidayFilesTest.fixture("holidays-2027-test.ics"), 2027).schedule();
        db.inNationalTransaction(em -> {
            HolidayYearStore.replace(em, parsed, "wc-admin", AT.plusSeconds(1));
            return null;
        });
        assertThat(fingerprint()).as("same days, later load").isNotEqualTo(once).startsWith("35/");
    }

    private void load(byte[] file, Integer year, String by) {
        HolidaySchedule parsed = HolidayFiles.read(file, year).schedule();
        db.inNationalTransaction(em -> {
            HolidayYearStore.replace(em, parsed, by, AT);
            return null;
        });
    }

    private HolidaySchedule schedule() {
        try (EntityManager em = db.openNational()) {
            return HolidayYearStore.schedule(em);
        }
    }

    @Test
    void without_loaded_years_the_schedule_is_the_bundled_one_and_2027_is_provisional() {
        assertThat(schedule().lastKnownYear()).isEqualTo(2026);
        WorkingDayCount due = new WorkingDays(schedule()).add(LocalDate.of(2026, 12, 10), 20);
        assertThat(due.provisional()).isTrue();
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void a_loaded_2027_makes_the_deadline_final_and_moves_it() {
        load(HolidayFilesTest.fixture("holidays-2027-test.ics"), 2027, "wc-admin");
        HolidaySchedule schedule = schedule();
        assertThat(schedule.knows(2027)).isTrue();
        assertThat(schedule.knows(2026)).isTrue();
        // Dec 11 = 1, 14–18 = 6, 21–25 = 11, 28–31 = 15; Jan 1–3 off (test 2027 data); Jan 4–8 = 20.
        WorkingDayCount due = new WorkingDays(schedule).add(LocalDate.of(2026, 12, 10), 20);
        assertThat(due.provisional()).isFalse();
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("元旦").contains("3天"));
        assertThat(schedule.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();

        List<HolidayYear> years;
        try (EntityManager em = db.openNational()) {
            years = HolidayYearService.years(HolidaySchedule.bundled(), HolidayYearStore.all(em));
        }
        assertThat(years.getFirst().year()).isEqualTo(2004);
        assertThat(years.getFirst().source()).isEqualTo(HolidayYear.BUNDLED);
        HolidayYear y2027 = years.getLast();
        assertThat(y2027).isEqualTo(new HolidayYear(2027, HolidayYear.LOADED, 29, 6, "wc-admin", AT));
    }

    @Test
    void loading_a_year_again_replaces_it_wholly_and_leaves_other_loaded_years_alone() {
        load(HolidayFilesTest.fixture("holidays-2027-test.json"), null, "wc-admin");
        load(("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280101\r\nSUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8), 2028, "wc-county");
        load(("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8), 2027, "wc-county");
        HolidaySchedule schedule = schedule();
        assertThat(schedule.holidayName(LocalDate.of(2027, 1, 1))).isEqualTo("元旦");
        assertThat(schedule.holidayName(LocalDate.of(2027, 2, 8))).as("the first 2027 load is gone").isNull();
        assertThat(schedule.makeUpWorkdayOf(LocalDate.of(2027, 2, 20))).isNull();
        assertThat(schedule.holidayName(LocalDate.of(2028, 1, 1))).isEqualTo("元旦");
        assertThat(schedule.lastKnownYear()).isEqualTo(2028);
        try (EntityManager em = db.openNational()) {
            assertThat(HolidayYearStore.all(em)).extracting(HolidayDay::loadedBy).containsOnly("wc-county");
        }
    }

    @Test
    void a_loaded_bundled_year_replaces_the_bundled_days_of_that_year() {
        load(("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\n"
                + "SUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8), 2026, "wc-admin");
        HolidaySchedule schedule = schedule();
        assertThat(schedule.holidayName(LocalDate.of(2026, 10, 1))).isEqualTo("国庆节");
        assertThat(schedule.holidayName(LocalDate.of(2026, 2, 17))).isNull();
        assertThat(schedule.makeUpWorkdayOf(LocalDate.of(2026, 10, 10))).isNull();
        assertThat(schedule.holidayName(LocalDate.of(2025, 10, 1))).isNotNull();
    }
}
