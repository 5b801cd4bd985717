package org.gongshi.report;

import org.gongshi.access.TestDatabase;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.report.ReportSamples.BAIZHANGJI;
import static org.gongshi.report.ReportSamples.HUANGZHUANG;
import static org.gongshi.report.ReportSamples.WENCHENG;
import static org.gongshi.request.ApplicantType.COMMERCIAL_ENTERPRISE;
import static org.gongshi.request.ApplicantType.LEGAL_SERVICE_ORGANISATION;
import static org.gongshi.request.ApplicantType.NATURAL_PERSON;
import static org.gongshi.request.ApplicantType.OTHER;
import static org.gongshi.request.ApplicantType.RESEARCH_INSTITUTION;
import static org.gongshi.request.ApplicantType.SOCIAL_WELFARE_ORGANISATION;

/**
 * A small year of 百丈漈镇 computed by hand, cell by cell, on the real mappings and migrations; the
 * report's use cases (save, finalise, reopen) and the refusal of an unbalanced report.
 */
class AnnualFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static TestDatabase db;

    @BeforeAll
    static void smallYear() throws Exception {
        db = new TestDatabase();
        String t = BAIZHANGJI.value();
        try (ReportRows rows = new ReportRows(db.connect())) {
            // r1: received the year before, answered this year: 上年结转 and （一）予以公开
            rows.answered(t, NATURAL_PERSON, d("2024-12-20"), ReplyType.DISCLOSED, d("2025-01-10"));
            rows.answered(t, NATURAL_PERSON, d("2025-02-03"), ReplyType.PARTLY_DISCLOSED, d("2025-02-20"));
            String r3 = rows.answered(t, COMMERCIAL_ENTERPRISE, d("2025-03-05"), ReplyType.WITHHELD_THIRD_PARTY, d("2025-03-25"));
            String r4 = rows.answered(t, RESEARCH_INSTITUTION, d("2025-04-01"), ReplyType.NOT_THIS_AGENCY, d("2025-04-10"));
            rows.closed(t, NATURAL_PERSON, d("2025-05-06"), ClosingReason.NO_CORRECTION, d("2025-06-20"));
            rows.answered(t, LEGAL_SERVICE_ORGANISATION, d("2025-06-02"), ReplyType.REPEATED, d("2025-06-10"));
            rows.closed(t, SOCIAL_WELFARE_ORGANISATION, d("2025-07-01"), ClosingReason.WITHDRAWN, d("2025-07-05"));
            // r8: still open; r9: answered only next year — both 结转下年度
            rows.open(t, OTHER, d("2025-12-22"));
            rows.answered(t, NATURAL_PERSON, d("2025-12-15"), ReplyType.ALREADY_PUBLIC, d("2026-01-08"));
            // r10: wholly the year before; r11: the village's, not the town's
            String r10 = rows.answered(t, NATURAL_PERSON, d("2024-06-01"), ReplyType.DISCLOSED, d("2024-06-20"));
            rows.answered(HUANGZHUANG.value(), NATURAL_PERSON, d("2025-03-01"), ReplyType.DISCLOSED, d("2025-03-10"));
            rows.flush();
            rows.challenge(t, r3, RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, d("2025-04-10"),
                    RequestChallenge.Outcome.CORRECTED, d("2025-06-01"));
            // decided after the year's end: 尚未审结 in this year's report
            rows.challenge(t, r4, RequestChallenge.Kind.LITIGATION_DIRECT, d("2025-05-01"),
                    RequestChallenge.Outcome.UPHELD, d("2026-02-01"));
            rows.challenge(t, r10, RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, d("2024-08-01"),
                    RequestChallenge.Outcome.UPHELD, d("2024-09-01"));
            // normative documents: issued (written 2025), abolished in 2025, expired mid-2025, amended, withdrawn,
            // issued without a written date
            rows.normative(t, "PUBLISHED", d("2025-03-01"), "IN_FORCE", null, at("2025-03-02"), at("2025-03-02"));
            rows.normative(t, "PUBLISHED", d("2023-05-01"), "ABOLISHED", null, at("2023-05-02"), at("2025-08-01"));
            rows.normative(t, "PUBLISHED", d("2022-01-01"), "IN_FORCE", d("2025-06-30"), at("2022-01-02"), at("2022-01-02"));
            rows.normative(t, "PUBLISHED", d("2021-01-01"), "AMENDED", null, at("2021-01-02"), at("2024-01-02"));
            rows.normative(t, "WITHDRAWN", d("2025-04-01"), "IN_FORCE", null, at("2025-04-02"), at("2025-05-02"));
            rows.normative(t, "PUBLISHED", null, "IN_FORCE", null, at("2025-10-01"), at("2025-10-01"));
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(AnnualFigures.ZONE).toInstant();
    }

    private static ReportView townReport() {
        return ReportSamples.in(db, TenantScope.own(BAIZHANGJI), em -> ReportSamples.desk(TODAY).view(em, BAIZHANGJI, 2025));
    }

    @Test
    void the_small_year_matches_the_hand_computed_tables_cell_by_cell() {
        Map<String, Long> expected = new HashMap<>();
        // 一 本年新收
        put(expected, "NEW", NATURAL_PERSON, 3);
        put(expected, "NEW", COMMERCIAL_ENTERPRISE, 1);
        put(expected, "NEW", RESEARCH_INSTITUTION, 1);
        put(expected, "NEW", SOCIAL_WELFARE_ORGANISATION, 1);
        put(expected, "NEW", LEGAL_SERVICE_ORGANISATION, 1);
        put(expected, "NEW", OTHER, 1);
        expected.put("t3.NEW.TOTAL", 8L);
        // 二 上年结转
        put(expected, "CARRIED_IN", NATURAL_PERSON, 1);
        expected.put("t3.CARRIED_IN.TOTAL", 1L);
        // 三 办理结果
        put(expected, "DISCLOSED", NATURAL_PERSON, 1);
        expected.put("t3.DISCLOSED.TOTAL", 1L);
        put(expected, "PARTLY_DISCLOSED", NATURAL_PERSON, 1);
        expected.put("t3.PARTLY_DISCLOSED.TOTAL", 1L);
        put(expected, "WITHHELD_THIRD_PARTY", COMMERCIAL_ENTERPRISE, 1);
        expected.put("t3.WITHHELD_THIRD_PARTY.TOTAL", 1L);
        put(expected, "UNAVAILABLE_NOT_HELD", RESEARCH_INSTITUTION, 1);
        expected.put("t3.UNAVAILABLE_NOT_HELD.TOTAL", 1L);
        put(expected, "OTHER_NO_CORRECTION", NATURAL_PERSON, 1);
        expected.put("t3.OTHER_NO_CORRECTION.TOTAL", 1L);
        put(expected, "NOT_PROCESSED_REPEATED", LEGAL_SERVICE_ORGANISATION, 1);
        expected.put("t3.NOT_PROCESSED_REPEATED.TOTAL", 1L);
        put(expected, "OTHER", SOCIAL_WELFARE_ORGANISATION, 1);
        expected.put("t3.OTHER.TOTAL", 1L);
        // （七）总计
        put(expected, "RESULT_TOTAL", NATURAL_PERSON, 3);
        put(expected, "RESULT_TOTAL", COMMERCIAL_ENTERPRISE, 1);
        put(expected, "RESULT_TOTAL", RESEARCH_INSTITUTION, 1);
        put(expected, "RESULT_TOTAL", SOCIAL_WELFARE_ORGANISATION, 1);
        put(expected, "RESULT_TOTAL", LEGAL_SERVICE_ORGANISATION, 1);
        expected.put("t3.RESULT_TOTAL.TOTAL", 7L);
        // 四 结转下年度
        put(expected, "CARRIED_OUT", NATURAL_PERSON, 1);
        put(expected, "CARRIED_OUT", OTHER, 1);
        expected.put("t3.CARRIED_OUT.TOTAL", 2L);
        // table 四
        expected.put("t4.ADMINISTRATIVE_REVIEW.CORRECTED", 1L);
        expected.put("t4.ADMINISTRATIVE_REVIEW.TOTAL", 1L);
        expected.put("t4.LITIGATION_DIRECT.PENDING", 1L);
        expected.put("t4.LITIGATION_DIRECT.TOTAL", 1L);
        // table 二: normative documents
        expected.put("t2.normative.issued", 2L);
        expected.put("t2.normative.abolished", 1L);
        expected.put("t2.normative.inForce", 3L);

        ReportView report = townReport();
        for (var cell : report.cells().entrySet()) {
            if (cell.getKey().equals("t2.fees.amount")) {
                assertThat(new BigDecimal(cell.getValue().toString())).isZero();
                continue;
            }
            assertThat(cell.getValue().longValue()).as(cell.getKey())
                    .isEqualTo(expected.getOrDefault(cell.getKey(), 0L));
        }
        assertThat(report.cells().keySet()).containsAll(expected.keySet());
        assertThat(report.checks()).allMatch(ReportView.CheckView::holds);
        assertThat(report.balanced()).isTrue();
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.version()).isZero();
        assertThat(report.divisionName()).isEqualTo("百丈漈镇");
    }

    private static void put(Map<String, Long> m, String row, ApplicantType type, long n) {
        m.put("t3." + row + "." + type.name(), n);
    }

    @Test
    void the_county_sum_includes_the_village_and_the_village_alone_sees_only_its_own() {
        ReportView county = ReportSamples.in(db, TenantScope.subtreeReadOnly(WENCHENG),
                em -> ReportSamples.desk(TODAY).subtree(em, WENCHENG, 2025));
        ReportView village = ReportSamples.in(db, TenantScope.own(HUANGZHUANG),
                em -> ReportSamples.desk(TODAY).view(em, HUANGZHUANG, 2025));
        assertThat(county.scope()).isEqualTo("subtree");
        assertThat(county.cells().get("t3.NEW.TOTAL").longValue()).isEqualTo(9);
        assertThat(county.cells().get("t3.DISCLOSED.NATURAL_PERSON").longValue()).isEqualTo(2);
        assertThat(village.cells().get("t3.NEW.TOTAL").longValue()).isEqualTo(1);
        assertThat(village.cells().get("t4.ADMINISTRATIVE_REVIEW.TOTAL").longValue()).isZero();
        assertThat(village.cells().get("t2.normative.inForce").longValue()).isZero();
        assertThat(county.balanced()).isTrue();
    }

    @Test
    void texts_and_entries_are_saved_with_optimistic_locking_and_finalise_freezes_the_numbers() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            DivisionCode village = DivisionCode.of("330328101201");
            try (ReportRows rows = new ReportRows(db.connect())) {
                rows.answered(village.value(), NATURAL_PERSON, d("2025-03-01"), ReplyType.DISCLOSED, d("2025-03-10"));
            }
            TenantScope own = TenantScope.own(village);
            ManualEntries entries = new ManualEntries(0, 0, 0, 12, 3, 1, new BigDecimal("1.5"));
            ReportView saved = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).save(em, village, 2025, 0,
                    new ReportTexts("本年度，我村认真贯彻落实《条例》。", "宣传不够。", null), entries, "wc-clerk"));
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.cells().get("t2.licensing.decisions").longValue()).isEqualTo(12);
            assertThat(saved.cells().get("t2.fees.amount").toString()).isEqualTo("1.5");
            assertThat(saved.texts().overview()).startsWith("本年度");

            assertThatThrownBy(() -> ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).save(em, village, 2025, 0,
                    ReportTexts.NONE, null, "wc-clerk"))).isInstanceOf(ConcurrentEdit.class);

            ReportView finalised = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).finalise(em, village, 2025, 1, "wc-clerk"));
            assertThat(finalised.state()).isEqualTo(ReportState.FINALISED);
            assertThat(finalised.finalisedBy()).isEqualTo("wc-clerk");
            assertThat(finalised.finalisedAt()).isNotNull();

            // a late-registered request of 2025 does not change the finalised numbers …
            try (ReportRows rows = new ReportRows(db.connect())) {
                rows.answered(village.value(), COMMERCIAL_ENTERPRISE, d("2025-05-01"), ReplyType.DISCLOSED, d("2025-05-10"));
            }
            ReportView frozen = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).view(em, village, 2025));
            assertThat(frozen.cells().get("t3.NEW.TOTAL").longValue()).isEqualTo(1);
            assertThatThrownBy(() -> ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).save(em, village, 2025,
                    frozen.version(), ReportTexts.NONE, null, "wc-clerk"))).hasMessage("error.annual-report.finalised");

            // … until the report is reopened (with a reason, audited)
            ReportView reopened = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).reopen(em, village, 2025,
                    frozen.version(), "补录一件漏登记的申请", "wc-clerk"));
            assertThat(reopened.state()).isEqualTo(ReportState.DRAFT);
            assertThat(reopened.cells().get("t3.NEW.TOTAL").longValue()).isEqualTo(2);
            long reopenedAudits = ReportSamples.in(db, own, em -> em.createQuery(
                    "SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'annual-report.reopened'", Long.class).getSingleResult());
            assertThat(reopenedAudits).isEqualTo(1);
        }
    }

    @Test
    void a_report_over_inconsistent_data_is_refused_and_the_refusal_names_the_cell() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            DivisionCode village = DivisionCode.of("330328101202");
            try (ReportRows rows = new ReportRows(db.connect())) {
                rows.answered(village.value(), NATURAL_PERSON, d("2025-03-01"), ReplyType.DISCLOSED, d("2025-03-10"));
                // answered, yet with no reply type: counted in （七）, in no result row
                rows.add(village.value(), RESEARCH_INSTITUTION, d("2025-04-01"), "ANSWERED", null, null, d("2025-04-09"));
            }
            TenantScope own = TenantScope.own(village);
            ReportView view = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).view(em, village, 2025));
            assertThat(view.balanced()).isFalse();
            assertThat(view.checks()).filteredOn(c -> !c.holds()).extracting(ReportView.CheckView::key)
                    .containsExactly("t3.results.RESEARCH_INSTITUTION", "t3.results.TOTAL");
            assertThatThrownBy(() -> ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).finalise(em, village, 2025, 0, "wc-clerk")))
                    .isInstanceOfSatisfying(ReportUnbalanced.class, e -> {
                        assertThat(e.check().key()).isEqualTo("t3.results.RESEARCH_INSTITUTION");
                        assertThat(e.check().where()).contains("科研机构").contains("（七）");
                        assertThat(e.arguments()).contains(1L, 0L);
                    });
            ReportView after = ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).view(em, village, 2025));
            assertThat(after.version()).isZero();
        }
    }

    @Test
    void a_year_before_the_regulation_or_not_yet_begun_is_refused() {
        TenantScope own = TenantScope.own(BAIZHANGJI);
        assertThatThrownBy(() -> ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).view(em, BAIZHANGJI, 2007)))
                .hasMessage("error.annual-report.year");
        assertThatThrownBy(() -> ReportSamples.in(db, own, em -> ReportSamples.desk(TODAY).view(em, BAIZHANGJI, 2027)))
                .hasMessage("error.annual-report.year");
    }

    @Test
    void another_divisions_report_row_is_invisible_in_a_villages_scope() {
        try (TestDatabase db = new TestDatabase()) {
            DivisionCode village = DivisionCode.of("330328101203");
            ReportSamples.in(db, TenantScope.own(village), em -> ReportSamples.desk(TODAY).save(em, village, 2025, 0,
                    new ReportTexts("机密草稿", null, null), null, "wc-clerk"));
            ReportView seenFromNeighbour = ReportSamples.in(db, TenantScope.own(HUANGZHUANG),
                    em -> ReportSamples.desk(TODAY).view(em, village, 2025));
            assertThat(seenFromNeighbour.version()).isZero();
            assertThat(seenFromNeighbour.texts().overview()).isNull();
        }
    }
}
