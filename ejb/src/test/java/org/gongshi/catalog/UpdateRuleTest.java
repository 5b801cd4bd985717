package org.gongshi.catalog;

import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The update rules of catalog items: their Chinese text, their codes and the due dates they give. */
class UpdateRuleTest {

    private final WorkingDays days = new WorkingDays(HolidaySchedule.bundled());

    @Test
    void every_rule_renders_itself_in_chinese() {
        assertThat(new UpdateRule.WithinWorkingDays(20).text()).isEqualTo("信息形成或变更之日起20个工作日内");
        assertThat(new UpdateRule.Monthly().text()).isEqualTo("每月更新");
        assertThat(new UpdateRule.Quarterly().text()).isEqualTo("每季度更新");
        assertThat(new UpdateRule.Yearly(MonthDay.of(3, 31)).text()).isEqualTo("每年3月31日前");
        assertThat(new UpdateRule.WithinDays(20).text()).isEqualTo("批准或形成之日起20日内");
        assertThat(new UpdateRule.OnEvent().text()).isEqualTo("事项发生后及时公开");
        assertThat(new UpdateRule.LongTerm().text()).startsWith("长期公开");
    }

    @Test
    void codes_read_back_as_the_same_rule_and_nonsense_is_refused() {
        for (String code : new String[]{"working-days:20", "days:20", "monthly", "quarterly", "yearly:03-31", "long-term", "event"}) {
            assertThat(UpdateRule.parse(code).code()).isEqualTo(code);
        }
        assertThat(UpdateRule.parse("yearly:01-31")).isEqualTo(new UpdateRule.Yearly(MonthDay.of(1, 31)));
        assertThatThrownBy(() -> UpdateRule.parse("weekly")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpdateRule.parse("working-days:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpdateRule.parse("yearly:13-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twenty_working_days_from_an_item_entering_the_catalog_skip_the_spring_festival() {
        // From Tue 2026-02-10: the Spring Festival (15–23 Feb) is skipped, the make-up Saturdays count → 16 March.
        assertThat(new UpdateRule.WithinWorkingDays(20).firstDue(LocalDate.of(2026, 2, 10), days))
                .isEqualTo(LocalDate.of(2026, 3, 16));
        // A change the system cannot see sets no further date.
        assertThat(new UpdateRule.WithinWorkingDays(20).nextDue(LocalDate.of(2026, 3, 1), days)).isNull();
    }

    @Test
    void monthly_quarterly_and_yearly_rules_give_the_end_of_the_next_period() {
        assertThat(new UpdateRule.Monthly().nextDue(LocalDate.of(2026, 10, 15), days)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(new UpdateRule.Monthly().nextDue(LocalDate.of(2026, 12, 31), days)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(new UpdateRule.Quarterly().nextDue(LocalDate.of(2026, 5, 10), days)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(new UpdateRule.Quarterly().nextDue(LocalDate.of(2026, 11, 2), days)).isEqualTo(LocalDate.of(2027, 3, 31));
        UpdateRule report = new UpdateRule.Yearly(MonthDay.of(1, 31));
        assertThat(report.firstDue(LocalDate.of(2026, 1, 1), days)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(report.firstDue(LocalDate.of(2026, 3, 1), days)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(report.nextDue(LocalDate.of(2026, 1, 20), days)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(new UpdateRule.WithinDays(20).firstDue(LocalDate.of(2026, 1, 1), days)).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(new UpdateRule.OnEvent().firstDue(LocalDate.of(2026, 1, 1), days)).isNull();
        assertThat(new UpdateRule.LongTerm().nextDue(LocalDate.of(2026, 1, 1), days)).isNull();
    }
}
