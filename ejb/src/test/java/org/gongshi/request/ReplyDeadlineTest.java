package org.gongshi.request;

import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal clock of a request on the bundled official schedule (2026: Spring Festival, National Day). */
class ReplyDeadlineTest {

    private static final WorkingDays DAYS = new WorkingDays(HolidaySchedule.bundled());
    private static final ReplyDeadline CLOCK = new ReplyDeadline(DAYS);

    private static ReplyDeadline.Facts received(LocalDate on) {
        return new ReplyDeadline.Facts(on, null, List.of(), null, 0, null, false);
    }

    @Test
    void twenty_working_days_across_national_day_count_both_make_up_saturdays_and_sundays() {
        DueDate due = CLOCK.replyDue(received(LocalDate.of(2026, 9, 18)));
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(due.provisional()).isFalse();
        assertThat(due.explanation().getFirst()).contains("第三十三条").contains("20个工作日");
        assertThat(due.explanation())
                .anySatisfy(line -> assertThat(line).contains("国庆节"))
                .anySatisfy(line -> assertThat(line).contains("2026年9月20日").contains("调休上班日"))
                .anySatisfy(line -> assertThat(line).contains("2026年10月10日").contains("调休上班日"));
    }

    @Test
    void twenty_working_days_across_the_spring_festival_skip_its_holidays() {
        DueDate due = CLOCK.replyDue(received(LocalDate.of(2026, 2, 10)));
        // Feb 11-13 (3), Feb 14 make-up (4), Feb 24-27 (8), Feb 28 make-up (9), Mar 2-6 (14), Mar 9-13 (19), Mar 16 (20).
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("春节"));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void a_period_reaching_a_year_not_yet_loaded_is_provisional() {
        DueDate due = CLOCK.replyDue(received(LocalDate.of(2026, 12, 10)));
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(due.provisional()).isTrue();
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("暂定"));
    }

    @Test
    void a_returned_correction_restarts_the_period_from_its_receipt() {
        DueDate due = CLOCK.replyDue(new ReplyDeadline.Facts(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 12),
                List.of(), null, 0, null, false));
        assertThat(due.date()).isEqualTo(DAYS.add(LocalDate.of(2026, 10, 12), 20).date());
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("2026年10月12日提交补正").contains("第三十条"));
    }

    @Test
    void while_a_correction_is_awaited_the_date_is_provisional() {
        DueDate due = CLOCK.replyDue(new ReplyDeadline.Facts(LocalDate.of(2026, 9, 18), null, List.of(), null, 0, null, true));
        assertThat(due.provisional()).isTrue();
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("等待申请人补正"));
    }

    @Test
    void a_finished_consultation_adds_exactly_its_working_days() {
        // Sep 21 (Mon) to Sep 25 (Fri, Mid-Autumn Festival): the 22nd to the 24th are 3 working days not counted.
        DueDate due = CLOCK.replyDue(new ReplyDeadline.Facts(LocalDate.of(2026, 9, 18), null,
                List.of(new ReplyDeadline.Pause(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 25))), null, 0, null, false));
        assertThat(due.date()).isEqualTo(DAYS.add(LocalDate.of(2026, 9, 18), 23).date());
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(due.provisional()).isFalse();
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("其间3个工作日不计入"));
    }

    @Test
    void a_running_consultation_assumes_the_third_partys_fifteen_days_and_is_provisional() {
        DueDate due = CLOCK.replyDue(new ReplyDeadline.Facts(LocalDate.of(2026, 9, 18), null, List.of(),
                LocalDate.of(2026, 9, 21), 0, null, false));
        assertThat(due.date()).isEqualTo(DAYS.add(LocalDate.of(2026, 9, 18), 35).date());
        assertThat(due.provisional()).isTrue();
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line).contains("正在征求第三方意见"));
    }

    @Test
    void an_extension_adds_its_working_days_and_says_who_approved_and_that_the_applicant_was_told() {
        DueDate due = CLOCK.replyDue(new ReplyDeadline.Facts(LocalDate.of(2026, 9, 18), null, List.of(), null,
                20, LocalDate.of(2026, 10, 20), false));
        assertThat(due.date()).isEqualTo(DAYS.add(LocalDate.of(2026, 9, 18), 40).date());
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(due.explanation()).anySatisfy(line -> assertThat(line)
                .contains("延长答复期限20个工作日").contains("负责人").contains("告知申请人"));
    }

    @Test
    void the_correction_window_is_seven_working_days_and_warns_when_two_or_fewer_remain() {
        DueDate deadline = CLOCK.correctionDeadline(LocalDate.of(2026, 9, 18));
        // Sep 20 (a Sunday, National Day make-up) counts, Sep 25 (Mid-Autumn) does not: 20, 21, 22, 23, 24, 28, 29.
        assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(deadline.explanation().getFirst()).contains("7个工作日").contains("第三十条");
        assertThat(CLOCK.warn(deadline.date(), LocalDate.of(2026, 9, 23))).isFalse();
        assertThat(CLOCK.warn(deadline.date(), LocalDate.of(2026, 9, 24))).isTrue();
        assertThat(CLOCK.warn(deadline.date(), LocalDate.of(2026, 9, 29))).isTrue();
        assertThat(CLOCK.warn(deadline.date(), LocalDate.of(2026, 9, 30))).isFalse();
    }

    @Test
    void the_applicant_has_fifteen_working_days_to_return_a_correction() {
        assertThat(CLOCK.correctionReturnDeadline(LocalDate.of(2026, 9, 28)).date())
                .isEqualTo(DAYS.add(LocalDate.of(2026, 9, 28), 15).date());
        assertThat(CLOCK.thirdPartyDeadline(LocalDate.of(2026, 9, 28)).date())
                .isEqualTo(DAYS.add(LocalDate.of(2026, 9, 28), 15).date());
    }
}
