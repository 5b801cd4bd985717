package org.gongshi.report;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.ResultRow;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnualTablesTest {

    private static AnnualTables balanced() {
        AnnualTables.TableThree three = AnnualTables.TableThree.empty()
                .add("NEW", ApplicantType.NATURAL_PERSON, 3)
                .add("CARRIED_IN", ApplicantType.NATURAL_PERSON, 1)
                .add(ResultRow.DISCLOSED.name(), ApplicantType.NATURAL_PERSON, 2)
                .add("RESULT_TOTAL", ApplicantType.NATURAL_PERSON, 2)
                .add("CARRIED_OUT", ApplicantType.NATURAL_PERSON, 2);
        AnnualTables.TableFour four = AnnualTables.TableFour.empty()
                .add(RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, RequestChallenge.Outcome.UPHELD, 1);
        return new AnnualTables(AnnualTables.TableTwo.of(1, 0, 4, ManualEntries.NONE), three, four);
    }

    @Test
    void a_consistent_table_passes_every_check() {
        assertThat(balanced().checks()).allMatch(BalanceCheck::holds);
        assertThat(balanced().firstFailure()).isEmpty();
    }

    @Test
    void checks_cover_every_column_every_line_and_the_three_groups_of_table_four() {
        var keys = balanced().checks().stream().map(BalanceCheck::key).toList();
        assertThat(keys).contains("t3.carry.NATURAL_PERSON", "t3.carry.OTHER", "t3.carry.TOTAL",
                "t3.results.COMMERCIAL_ENTERPRISE", "t3.total.NEW", "t3.total.CARRIED_OUT",
                "t3.total.WITHHELD_THIRD_PARTY", "t4.total.LITIGATION_AFTER_REVIEW");
        assertThat(keys).hasSize(7 + 7 + 25 + 3);
    }

    @Test
    void a_carry_imbalance_is_named_by_its_column() {
        AnnualTables t = balanced();
        t.three().set("CARRIED_OUT", "COMMERCIAL_ENTERPRISE", 1);
        t.three().set("CARRIED_OUT", "TOTAL", 3);
        BalanceCheck failure = t.firstFailure().orElseThrow();
        assertThat(failure.key()).isEqualTo("t3.carry.COMMERCIAL_ENTERPRISE");
        assertThat(failure.where()).contains("商业企业");
        assertThat(failure.explanation()).contains("0 ≠ 1");
        assertThat(failure.cells()).contains("t3.CARRIED_OUT.COMMERCIAL_ENTERPRISE");
    }

    @Test
    void a_total_column_that_is_not_the_sum_of_the_applicants_fails_in_its_line() {
        AnnualTables t = balanced();
        t.three().set("NEW", "TOTAL", 4);
        t.three().set("CARRIED_OUT", "TOTAL", 3);
        assertThat(t.checks()).filteredOn(c -> !c.holds()).extracting(BalanceCheck::key)
                .containsExactly("t3.total.NEW", "t3.total.CARRIED_OUT");
    }

    @Test
    void a_result_total_that_is_not_the_sum_of_the_rows_fails_in_its_column() {
        AnnualTables t = balanced();
        t.three().set("RESULT_TOTAL", "NATURAL_PERSON", 3);
        t.three().set("CARRIED_OUT", "NATURAL_PERSON", 1);
        assertThat(t.firstFailure().orElseThrow().key()).isEqualTo("t3.results.NATURAL_PERSON");
        assertThat(t.firstFailure().orElseThrow().where()).contains("自然人").contains("（七）");
    }

    @Test
    void table_four_totals_are_checked() {
        AnnualTables t = balanced();
        t.four().set(RequestChallenge.Kind.LITIGATION_DIRECT, "TOTAL", 2);
        assertThat(t.firstFailure().orElseThrow().key()).isEqualTo("t4.total.LITIGATION_DIRECT");
        assertThat(t.firstFailure().orElseThrow().where()).contains("未经复议直接起诉");
    }

    @Test
    void a_report_is_not_finalised_while_a_check_fails_and_the_refusal_names_the_cell() {
        AnnualReport report = AnnualReport.start(DivisionCode.of("330328101"), 2025, "clerk", Instant.now());
        AnnualTables t = balanced();
        t.three().set("CARRIED_IN", "NATURAL_PERSON", 2);
        t.three().set("CARRIED_IN", "TOTAL", 2);
        assertThatThrownBy(() -> report.finalise(t, "clerk", Instant.now()))
                .isInstanceOfSatisfying(ReportUnbalanced.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.annual-report.unbalanced");
                    assertThat(e.check().key()).isEqualTo("t3.carry.NATURAL_PERSON");
                    assertThat(e.arguments()).first().asString().contains("自然人").contains("上年结转");
                    assertThat(e.arguments()).contains(5L, 4L);
                });
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void finalising_freezes_every_cell_and_reopening_needs_a_reason() {
        AnnualReport report = AnnualReport.start(DivisionCode.of("330328101"), 2025, "clerk", Instant.now());
        report.finalise(balanced(), "clerk", Instant.now());
        assertThat(report.state()).isEqualTo(ReportState.FINALISED);
        assertThat(AnnualTables.fromCells(report.snapshotCells()).cells()).isEqualTo(balanced().cells());
        assertThatThrownBy(() -> report.edit(ReportTexts.NONE, null, "clerk", Instant.now()))
                .hasMessage("error.annual-report.finalised");
        assertThatThrownBy(() -> report.reopen(" ", "clerk", Instant.now())).isInstanceOf(InvalidInput.class);
        report.reopen("发现漏报一件申请", "clerk", Instant.now());
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.snapshotCells()).isEmpty();
    }

    @Test
    void cells_have_stable_keys_and_survive_a_round_trip() {
        Map<String, Number> cells = balanced().cells();
        assertThat(cells).containsEntry("t3.NEW.NATURAL_PERSON", 3L).containsEntry("t3.NEW.TOTAL", 3L)
                .containsEntry("t2.normative.inForce", 4L)
                .containsEntry("t4.ADMINISTRATIVE_REVIEW.UPHELD", 1L).containsEntry("t4.ADMINISTRATIVE_REVIEW.TOTAL", 1L)
                .containsKey("t3.OTHER_FEE_UNPAID.LEGAL_SERVICE_ORGANISATION")
                .containsKey("t4.LITIGATION_AFTER_REVIEW.PENDING");
        assertThat(cells).hasSize(10 + 25 * 7 + 15);
        assertThat(AnnualTables.fromCells(cells)).isEqualTo(balanced());
    }

    @Test
    void manual_entries_refuse_negative_counts_and_fees_finer_than_a_yuan() {
        assertThatThrownBy(() -> new ManualEntries(0, 0, 0, -1, 0, 0, BigDecimal.ZERO))
                .hasMessage("error.annual-report.count-out-of-range");
        assertThatThrownBy(() -> new ManualEntries(0, 0, 0, 0, 0, 0, new BigDecimal("1.23456")))
                .hasMessage("error.annual-report.fees-scale");
        assertThat(new ManualEntries(0, 0, 0, 0, 0, 0, new BigDecimal("12.3400")).feesTenThousandYuan())
                .isEqualByComparingTo("12.34");
    }
}
