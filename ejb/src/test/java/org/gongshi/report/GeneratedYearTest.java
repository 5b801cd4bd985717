package org.gongshi.report;

import org.gongshi.access.TestDatabase;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.report.ReportSamples.WENCHENG;

/**
 * A generated year: hundreds of requests over 50 towns and villages of 文成县, some carried over from the
 * year before and some into the next, every reply type and closing reason, challenges of every kind and
 * outcome. Every division's report and the county's sum balance in every column, and the sum is the sum
 * of the divisions' reports, cell by cell.
 */
class GeneratedYearTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 15);
    static final List<DivisionCode> DIVISIONS = ReportSamples.wenchengDivisions(50);
    static TestDatabase db;
    static int written;

    @BeforeAll
    static void generate() throws Exception {
        db = new TestDatabase();
        written = generate(db, DIVISIONS, 12, 2025, new Random(7));
    }

    /** About {@code perDivision} × 1.6 requests per division around {@code year}; returns how many. */
    static int generate(TestDatabase db, List<DivisionCode> divisions, int perDivision, int year, Random random) throws Exception {
        ApplicantType[] types = ApplicantType.values();
        ReplyType[] replies = ReplyType.values();
        ClosingReason[] reasons = ClosingReason.values();
        int n = 0;
        try (ReportRows rows = new ReportRows(db.connect())) {
            for (DivisionCode division : divisions) {
                int count = perDivision + random.nextInt(perDivision);
                for (int i = 0; i < count; i++) {
                    ApplicantType type = random.nextInt(3) == 0 ? types[random.nextInt(types.length)] : ApplicantType.NATURAL_PERSON;
                    // received from the middle of the year before to the end of this year
                    LocalDate received = LocalDate.of(year - 1, 7, 1).plusDays(random.nextInt(549));
                    int fate = random.nextInt(10);
                    LocalDate closed = received.plusDays(1 + random.nextInt(60));
                    if (closed.isAfter(TODAY)) {
                        closed = null;
                    }
                    String id;
                    if (fate == 0 || closed == null) {
                        id = rows.open(division.value(), type, received);
                    } else if (fate == 1) {
                        id = rows.closed(division.value(), type, received, reasons[random.nextInt(reasons.length)], closed);
                    } else {
                        id = rows.answered(division.value(), type, received, replies[random.nextInt(replies.length)], closed);
                    }
                    n++;
                    if (random.nextInt(25) == 0 && received.getYear() == year) {
                        RequestChallenge.Kind kind = RequestChallenge.Kind.values()[random.nextInt(3)];
                        RequestChallenge.Outcome outcome = RequestChallenge.Outcome.values()[random.nextInt(4)];
                        LocalDate filed = received.plusDays(70);
                        LocalDate decided = outcome == RequestChallenge.Outcome.PENDING ? null : filed.plusDays(random.nextInt(120));
                        if (decided != null && decided.isAfter(TODAY)) {
                            decided = TODAY;
                        }
                        if (!filed.isAfter(TODAY)) {
                            rows.challenge(division.value(), id, kind, filed, outcome, decided);
                        }
                    }
                }
            }
        }
        return n;
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void every_division_balances_in_every_column_and_the_county_sum_is_the_sum_of_the_divisions() {
        assertThat(written).isGreaterThan(500);
        assertThat(DIVISIONS).hasSize(50);
        AnnualTables sum = null;
        long carriedIn = 0;
        long carriedOut = 0;
        for (DivisionCode division : DIVISIONS) {
            ReportView view = ReportSamples.in(db, TenantScope.own(division),
                    em -> ReportSamples.desk(TODAY).view(em, division, 2025));
            assertThat(view.checks()).as(division.value()).allMatch(ReportView.CheckView::holds);
            sum = sum == null ? view.tables() : sum.plus(view.tables());
            carriedIn += view.cells().get("t3.CARRIED_IN.TOTAL").longValue();
            carriedOut += view.cells().get("t3.CARRIED_OUT.TOTAL").longValue();
        }
        ReportView county = ReportSamples.in(db, TenantScope.subtreeReadOnly(WENCHENG),
                em -> ReportSamples.desk(TODAY).subtree(em, WENCHENG, 2025));
        assertThat(county.checks()).allMatch(ReportView.CheckView::holds);
        assertThat(county.cells()).isEqualTo(sum.cells());
        assertThat(carriedIn).as("some requests carried over from the year before").isPositive();
        assertThat(carriedOut).as("some requests carried into the next year").isPositive();
        assertThat(county.cells().get("t4.ADMINISTRATIVE_REVIEW.TOTAL").longValue()
                + county.cells().get("t4.LITIGATION_DIRECT.TOTAL").longValue()
                + county.cells().get("t4.LITIGATION_AFTER_REVIEW.TOTAL").longValue()).isPositive();
    }

    @Test
    void the_year_before_balances_too_and_its_carry_out_is_this_years_carry_in() {
        ReportView before = ReportSamples.in(db, TenantScope.subtreeReadOnly(WENCHENG),
                em -> ReportSamples.desk(TODAY).subtree(em, WENCHENG, 2024));
        ReportView year = ReportSamples.in(db, TenantScope.subtreeReadOnly(WENCHENG),
                em -> ReportSamples.desk(TODAY).subtree(em, WENCHENG, 2025));
        assertThat(before.checks()).allMatch(ReportView.CheckView::holds);
        for (String column : AnnualTables.TableThree.COLUMNS) {
            assertThat(year.cells().get("t3.CARRIED_IN." + column))
                    .isEqualTo(before.cells().get("t3.CARRIED_OUT." + column));
        }
    }
}
