package org.gongshi.relief;

import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReliefListTypeTest {

    private static final WorkingDays DAYS = new WorkingDays(HolidaySchedule.bundled());

    @Test
    void a_dibao_first_review_list_is_on_notice_for_seven_working_days_counting_its_first_day() {
        // Monday 2026-11-16: seven working days end on Tuesday 2026-11-24.
        assertThat(ReliefListType.DIBAO_FIRST_REVIEW.noticePeriod().endsOn(LocalDate.of(2026, 11, 16), DAYS))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(ReliefListType.DIBAO_FIRST_REVIEW.longTerm()).isFalse();
    }

    @Test
    void the_national_day_holiday_does_not_count_towards_the_notice_period() {
        // Monday 2026-09-28 + 7 working days: 28, 29, 30 Sep, then the holiday, 8 Oct onwards.
        LocalDate end = ReliefListType.TEMPORARY_ASSISTANCE.noticePeriod().endsOn(LocalDate.of(2026, 9, 28), DAYS);
        assertThat(end).isAfter(LocalDate.of(2026, 10, 8));
        assertThat(DAYS.between(LocalDate.of(2026, 9, 27), end)).isEqualTo(7);
    }

    @Test
    void approved_dibao_and_tekun_lists_stay_on_the_board_without_an_end() {
        assertThat(ReliefListType.DIBAO_APPROVED.longTerm()).isTrue();
        assertThat(ReliefListType.TEKUN.longTerm()).isTrue();
        assertThat(ReliefListType.DIBAO_APPROVED.noticePeriod().endsOn(LocalDate.of(2026, 11, 16), DAYS)).isNull();
    }

    @Test
    void fund_and_project_lists_are_on_the_board_at_least_ten_days() {
        LocalDate start = LocalDate.of(2026, 11, 16);
        LocalDate end = ReliefListType.POVERTY_FUNDS_PROJECTS.noticePeriod().endsOn(start, DAYS);
        assertThat(end).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(start.datesUntil(end.plusDays(1)).count()).isGreaterThanOrEqualTo(10);
        assertThat(ReliefListType.POVERTY_FUNDS_PROJECTS.listsPeople()).isFalse();
    }

    @Test
    void every_type_names_its_catalog_item() {
        assertThat(ReliefListType.DIBAO_FIRST_REVIEW.catalogItemKey()).isEqualTo("social-assistance.dibao");
        assertThat(ReliefListType.DIBAO_APPROVED.catalogItemKey()).isEqualTo("social-assistance.dibao");
        assertThat(ReliefListType.TEKUN.catalogItemKey()).isEqualTo("social-assistance.tekun");
        assertThat(ReliefListType.TEMPORARY_ASSISTANCE.catalogItemKey()).isEqualTo("social-assistance.temporary");
        assertThat(ReliefListType.MEDICAL_ASSISTANCE.catalogItemKey()).isEqualTo("social-assistance.medical");
        assertThat(ReliefListType.POOR_HOUSEHOLDS.catalogItemKey()).isEqualTo("poverty.households");
        assertThat(ReliefListType.OUT_OF_POVERTY.catalogItemKey()).isEqualTo("poverty.households");
        assertThat(ReliefListType.POVERTY_FUNDS_PROJECTS.catalogItemKey()).isEqualTo("poverty.funds-projects");
    }

    @Test
    void a_medical_assistance_list_hides_its_reasons_and_the_others_generalise_them() {
        assertThat(ReliefListType.MEDICAL_ASSISTANCE.defaultPolicy().rule(FieldType.REASON)).isEqualTo(MaskRule.HIDDEN);
        assertThat(ReliefListType.MEDICAL_ASSISTANCE.defaultPolicy().mask(FieldType.REASON, "尿毒症长期透析"))
                .doesNotContain("尿毒").doesNotContain("因病");
        assertThat(ReliefListType.DIBAO_FIRST_REVIEW.defaultPolicy().mask(FieldType.REASON, "尿毒症长期透析")).isEqualTo("因病");
    }

    @Test
    void retention_runs_from_the_end_of_the_notice_period_or_the_submission_of_a_long_term_list() {
        LocalDate submitted = LocalDate.of(2026, 11, 16);
        assertThat(Retention.ofSubmitted(ReliefListType.DIBAO_FIRST_REVIEW, submitted, LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(Retention.ofSubmitted(ReliefListType.DIBAO_APPROVED, submitted, null))
                .isEqualTo(submitted.plusDays(3 * 365 + 1));
        assertThat(Retention.ofImport(submitted)).isEqualTo(LocalDate.of(2026, 12, 16));
    }
}
