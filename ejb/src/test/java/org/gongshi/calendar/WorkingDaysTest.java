package org.gongshi.calendar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates counted by hand on the 2026 calendar (see the comments), against the official schedule. */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(HolidaySchedule.bundled());

    @Test
    void counting_starts_the_day_after_the_start_event() {
        // Friday 2026-11-20: the first working day after it is Monday the 23rd.
        assertThat(days.add(LocalDate.of(2026, 11, 20), 1).date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(days.add(LocalDate.of(2026, 11, 20), 0).date()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void twenty_working_days_across_the_spring_festival_count_its_make_up_saturdays() {
        // Received Tue 2026-02-10. Working: 11,12,13, Sat 14 (make-up) = 4; 15–23 off (9 days);
        // 24–27 = 8, Sat 28 (make-up) = 9; March 2–6 = 14, 9–13 = 19, Mon 16 = 20.
        WorkingDayCount due = days.add(LocalDate.of(2026, 2, 10), 20);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(due.provisional()).isFalse();
        assertThat(due.explanation())
                .anySatisfy(line -> assertThat(line).contains("春节").contains("2026年2月15日至2026年2月23日").contains("9天"))
                .anySatisfy(line -> assertThat(line).contains("2026年2月14日").contains("调休上班日"))
                .anySatisfy(line -> assertThat(line).contains("2026年2月28日").contains("调休上班日"))
                .anySatisfy(line -> assertThat(line).contains("5天周末"))
                .anySatisfy(line -> assertThat(line).startsWith("自2026年2月10日的次日（2026年2月11日）起算"));
    }

    @Test
    void twenty_working_days_across_mid_autumn_and_national_day_2026() {
        // Received Fri 2026-09-18. Sun 20 (make-up) = 1; 21–24 = 5; 25–27 Mid-autumn off; 28–30 = 8;
        // Oct 1–7 off; 8, 9 = 10; Sat 10 (make-up) = 11; 12–16 = 16; 19–22 = 20.
        WorkingDayCount due = days.add(LocalDate.of(2026, 9, 18), 20);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(due.explanation())
                .anySatisfy(line -> assertThat(line).contains("中秋").contains("3天"))
                .anySatisfy(line -> assertThat(line).contains("国庆节").contains("2026年10月1日至2026年10月7日").contains("7天"))
                .anySatisfy(line -> assertThat(line).contains("2026年9月20日（星期日）是国庆节调休上班日"))
                .anySatisfy(line -> assertThat(line).contains("2026年10月10日（星期六）是国庆节调休上班日"));
    }

    @Test
    void seven_working_days_for_a_correction_request_before_national_day() {
        // Received Wed 2026-09-30: Oct 1–7 off, Thu 8 = 1, Fri 9 = 2, Sat 10 (make-up) = 3, 12–15 = 7.
        assertThat(days.add(LocalDate.of(2026, 9, 30), 7).date()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void a_period_into_an_unknown_year_is_provisional_and_moves_when_the_year_is_loaded() {
        // Received Thu 2026-12-10: Dec 11 = 1, 14–18 = 6, 21–25 = 11, 28–31 = 15, then 2027 (unknown):
        // Fri Jan 1 = 16, Jan 4–7 = 20.
        WorkingDayCount provisional = days.add(LocalDate.of(2026, 12, 10), 20);
        assertThat(provisional.date()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.explanation()).anySatisfy(line -> assertThat(line).contains("2027年").contains("尚未载入"));

        HolidaySchedule year2027 = HolidaySchedule.fromChineseDaysJson(new ByteArrayInputStream(
                "{\"holidays\":{\"2027-01-01\":\"New Year's Day,元旦,1\"},\"workdays\":{}}".getBytes(StandardCharsets.UTF_8)));
        WorkingDayCount known = new WorkingDays(HolidaySchedule.bundled().with(year2027)).add(LocalDate.of(2026, 12, 10), 20);
        assertThat(known.date()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(known.provisional()).isFalse();
    }

    @Test
    void the_bundled_schedule_covers_2004_to_2026() {
        HolidaySchedule schedule = HolidaySchedule.bundled();
        assertThat(schedule.firstKnownYear()).isEqualTo(2004);
        assertThat(schedule.lastKnownYear()).isEqualTo(2026);
        assertThat(schedule.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();   // Saturday, make-up
        assertThat(schedule.isWorkingDay(LocalDate.of(2026, 10, 6))).isFalse();   // Tuesday, in lieu
        assertThat(schedule.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();  // Sunday
    }

    @Test
    void between_counts_working_days_after_the_first_date() {
        assertThat(days.between(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(3);
        assertThat(days.between(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10))).isZero();
    }

    @Test
    void refuses_what_is_not_a_schedule_or_a_sane_count() {
        assertThatThrownBy(() -> HolidaySchedule.fromChineseDaysJson(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidaySchedule.fromChineseDaysJson(new ByteArrayInputStream(
                "{\"holidays\":{\"2027-13-01\":\"x,元旦,1\"}}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.add(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.add(LocalDate.of(2026, 1, 1), WorkingDays.MAX_DAYS + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
