package org.gongshi.oversight;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceRulesTest {

    @Test
    void colour_is_green_from_90_yellow_from_60_and_red_below() {
        assertThat(ComplianceRules.colour(100)).isEqualTo(Colour.GREEN);
        assertThat(ComplianceRules.colour(90)).isEqualTo(Colour.GREEN);
        assertThat(ComplianceRules.colour(89)).isEqualTo(Colour.YELLOW);
        assertThat(ComplianceRules.colour(60)).isEqualTo(Colour.YELLOW);
        assertThat(ComplianceRules.colour(59)).isEqualTo(Colour.RED);
        assertThat(ComplianceRules.colour(0)).isEqualTo(Colour.RED);
    }

    @Test
    void each_factor_costs_its_points_per_finding_up_to_its_cap() {
        assertThat(ComplianceRules.points(Factor.REQUEST_OVERDUE, 1)).isEqualTo(10);
        assertThat(ComplianceRules.points(Factor.REQUEST_OVERDUE, 4)).isEqualTo(40);
        assertThat(ComplianceRules.points(Factor.REQUEST_OVERDUE, 5)).isEqualTo(40);
        assertThat(ComplianceRules.points(Factor.ZOMBIE_SECTION, 7)).isEqualTo(28);
        assertThat(ComplianceRules.points(Factor.ZOMBIE_SECTION, 8)).isEqualTo(30);
        assertThat(ComplianceRules.points(Factor.CATALOG_OVERDUE, 8)).isEqualTo(40);
        assertThat(ComplianceRules.points(Factor.CATALOG_OVERDUE, 9)).isEqualTo(40);
        assertThat(ComplianceRules.points(Factor.REREVIEW_DUE, 5)).isEqualTo(10);
        assertThat(ComplianceRules.points(Factor.REREVIEW_DUE, 6)).isEqualTo(10);
    }

    @Test
    void score_is_100_minus_every_deduction_and_never_below_0() {
        assertThat(ComplianceRules.score(ComplianceRules.deductions(0, 0, 0, 0))).isEqualTo(100);
        assertThat(ComplianceRules.score(ComplianceRules.deductions(2, 1, 1, 1))).isEqualTo(100 - 10 - 4 - 10 - 2);
        assertThat(ComplianceRules.score(ComplianceRules.deductions(99, 99, 99, 99))).isEqualTo(0);
    }

    @Test
    void a_catalog_not_connected_is_named_not_assessed_and_costs_nothing() {
        List<Deduction> deductions = ComplianceRules.deductions(null, 0, 0, 0);
        Deduction catalog = deductions.getFirst();
        assertThat(catalog.factor()).isEqualTo(Factor.CATALOG_OVERDUE);
        assertThat(catalog.assessed()).isFalse();
        assertThat(catalog.rule()).contains("目录未接入");
        assertThat(deductions.subList(1, 4)).allMatch(Deduction::assessed);
    }

    @Test
    void a_deduction_names_its_rule_with_the_article() {
        Deduction request = ComplianceRules.deductions(0, 0, 2, 0).get(2);
        assertThat(request.count()).isEqualTo(2);
        assertThat(request.points()).isEqualTo(20);
        assertThat(request.rule()).contains("每件扣10分").contains("第三十三条");
    }

    @Test
    void green_card_needs_90_and_no_overdue_request() {
        assertThat(CardRule.card(90, 0, 0).colour()).isEqualTo(Colour.GREEN);
        assertThat(CardRule.card(100, 1, 1).colour()).isEqualTo(Colour.YELLOW);
        assertThat(CardRule.card(89, 0, 0).colour()).isEqualTo(Colour.YELLOW);
        assertThat(CardRule.card(90, 0, 0).rule()).contains("绿牌").contains("90");
    }

    @Test
    void red_card_below_60_or_a_request_overdue_more_than_30_days() {
        assertThat(CardRule.card(60, 0, 0).colour()).isEqualTo(Colour.YELLOW);
        assertThat(CardRule.card(59, 0, 0).colour()).isEqualTo(Colour.RED);
        assertThat(CardRule.card(90, 1, 30).colour()).isEqualTo(Colour.YELLOW);
        assertThat(CardRule.card(90, 1, 31).colour()).isEqualTo(Colour.RED);
        assertThat(CardRule.card(90, 1, 31).rule()).contains("逾期超过30日").contains("31日");
        assertThat(CardRule.text()).contains("绿牌").contains("红牌").contains("黄牌");
    }

    @Test
    void yearly_sections_have_a_year_and_the_others_90_days() {
        assertThat(ComplianceRules.zombieDays("budget-accounts")).isEqualTo(365);
        assertThat(ComplianceRules.zombieDays("village-affairs")).isEqualTo(90);
    }
}
