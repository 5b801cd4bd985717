package org.gongshi.web.ui.report;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.gongshi.access.Callers;
import org.gongshi.report.AnnualReportService;
import org.gongshi.report.AnnualTables;
import org.gongshi.report.BalanceCheck;
import org.gongshi.report.ManualEntries;
import org.gongshi.report.ReportPermissions;
import org.gongshi.report.ReportState;
import org.gongshi.report.ReportTexts;
import org.gongshi.report.ReportUnbalanced;
import org.gongshi.report.ReportView;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.ResultRow;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.textArea;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The annual report screen: tables as grids, failing checks marked and explained, the steps its state allows. */
class AnnualReportViewTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), ZoneId.of("UTC"));

    private final AnnualReportService reports = mock(AnnualReportService.class);
    private final Callers callers = mock(Callers.class);

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    static AnnualTables tables(boolean balanced) {
        AnnualTables.TableThree three = AnnualTables.TableThree.empty()
                .add("NEW", ApplicantType.NATURAL_PERSON, 6)
                .add("NEW", ApplicantType.COMMERCIAL_ENTERPRISE, 2)
                .add(ResultRow.DISCLOSED.name(), ApplicantType.NATURAL_PERSON, 5)
                .add(ResultRow.WITHHELD_THIRD_PARTY.name(), ApplicantType.COMMERCIAL_ENTERPRISE, 2)
                .add("RESULT_TOTAL", ApplicantType.NATURAL_PERSON, 5)
                .add("RESULT_TOTAL", ApplicantType.COMMERCIAL_ENTERPRISE, 2)
                .add("CARRIED_OUT", ApplicantType.NATURAL_PERSON, balanced ? 1 : 2);
        return new AnnualTables(AnnualTables.TableTwo.of(3, 1, 9, new ManualEntries(0, 0, 0, 41, 0, 0, new BigDecimal("2.5"))),
                three, AnnualTables.TableFour.empty());
    }

    static ReportView report(DivisionCode division, String scope, ReportState state, boolean balanced) {
        AnnualTables t = tables(balanced);
        var checks = t.checks().stream().map(c -> new ReportView.CheckView(c.key(), c.rule(), c.where(), c.left(),
                c.right(), c.holds(), c.explanation(), c.cells())).toList();
        return new ReportView(division.value(), "篁庄村委会", 2025, scope, ReportView.OWN.equals(scope) ? state : null, 2,
                new ReportTexts("全年公开信息120条。", null, null), new ManualEntries(0, 0, 0, 41, 0, 0, new BigDecimal("2.5")),
                t.cells(), checks, checks.stream().allMatch(ReportView.CheckView::holds),
                state == ReportState.FINALISED ? Instant.parse("2026-01-20T02:00:00Z") : null,
                state == ReportState.FINALISED ? "wc-hz-clerk" : null, null);
    }

    private AnnualReportView open() {
        AnnualReportView view = new AnnualReportView(reports, callers, CLOCK);
        UI.getCurrent().add(view);
        return view;
    }

    private static Span cell(String gridId, int row, String column) {
        return (Span) GridKt._getCellComponent(grid(gridId), row, column);
    }

    @Test
    void a_village_clerk_sees_last_years_tables_and_saves_texts_and_entries() {
        when(callers.current()).thenReturn(CLERK);
        when(reports.report(HUANGZHUANG_VILLAGE, 2025)).thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, true));
        when(reports.save(eq(HUANGZHUANG_VILLAGE), eq(2025), eq(2L), any(), any()))
                .thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, true));

        AnnualReportView view = open();

        assertThat(view.getPageTitle()).isEqualTo("政府信息公开工作年度报告 · 公示");
        assertThat(_get(Span.class, spec -> spec.withId("report-state")).getText()).contains("草稿");
        assertThat(_get(Span.class, spec -> spec.withId("report-checks-ok")).getText()).contains("均平衡");
        assertThat(cell("report-table-three", 0, "NATURAL_PERSON").getText()).isEqualTo("6");
        assertThat(cell("report-table-three", 0, "TOTAL").getText()).isEqualTo("8");
        assertThat(cell("report-table-three", 2, "NATURAL_PERSON").getText()).isEqualTo("5");
        assertThat(GridKt._getFormattedRow(grid("report-table-three"), 2).getFirst()).contains("（一）").contains("予以公开");
        assertThat(cell("report-table-two", 1, "inForce").getText()).isEqualTo("9");
        assertThat(cell("report-table-two", 2, "issued").getText()).isEqualTo("41");
        assertThat(cell("report-table-two", 5, "issued").getText()).isEqualTo("2.5");
        assertThat(GridKt._size(grid("report-table-four"))).isEqualTo(3);
        assertThat(_find(Select.class, spec -> spec.withId("report-scope"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-docx")).getText()).isEqualTo("下载 Word");
        assertThat(_find(Button.class, spec -> spec.withId("report-publish"))).isEmpty();

        _setValue(textArea("report-problems"), "公开栏更新不及时。");
        _setValue(_get(IntegerField.class, spec -> spec.withId("report-entry-penalty")), 7);
        _click(button("report-save"));

        ArgumentCaptor<ReportTexts> texts = ArgumentCaptor.forClass(ReportTexts.class);
        ArgumentCaptor<ManualEntries> entries = ArgumentCaptor.forClass(ManualEntries.class);
        verify(reports).save(eq(HUANGZHUANG_VILLAGE), eq(2025), eq(2L), texts.capture(), entries.capture());
        assertThat(texts.getValue().problems()).isEqualTo("公开栏更新不及时。");
        assertThat(texts.getValue().overview()).isEqualTo("全年公开信息120条。");
        assertThat(entries.getValue().penaltyDecisions()).isEqualTo(7);
        assertThat(entries.getValue().licensingDecisions()).isEqualTo(41);
        assertThat(notificationTexts()).contains("年度报告已保存。");
    }

    @Test
    void failing_checks_mark_their_cells_explain_where_and_finalise_is_refused_in_chinese() {
        when(callers.current()).thenReturn(CLERK);
        ReportView unbalanced = report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, false);
        when(reports.report(HUANGZHUANG_VILLAGE, 2025)).thenReturn(unbalanced);

        open();

        UnorderedList failing = _get(UnorderedList.class, spec -> spec.withId("report-checks-failing"));
        assertThat(failing.getElement().getTextRecursively()).contains("表三“自然人”列").contains("6 ≠ 7");
        Span carriedOut = cell("report-table-three", 24, "NATURAL_PERSON");
        assertThat(carriedOut.getText()).isEqualTo("2");
        assertThat(carriedOut.getClassNames()).contains(AnnualReportView.FAILING);
        assertThat(carriedOut.getElement().getAttribute("title")).contains("自然人");
        assertThat(cell("report-table-three", 0, "COMMERCIAL_ENTERPRISE").getClassNames())
                .doesNotContain(AnnualReportView.FAILING);
        assertThat(button("report-finalise").isEnabled()).isFalse();

        // were the button reached anyway (a stale screen), the service's refusal names the cell
        BalanceCheck check = tables(false).firstFailure().orElseThrow();
        when(reports.finalise(HUANGZHUANG_VILLAGE, 2025, 2)).thenThrow(new ReportUnbalanced(check));
        button("report-finalise").setEnabled(true);
        _click(button("report-finalise"));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("不能定稿：表三“自然人”列")
                .contains("6 ≠ 7"));
    }

    @Test
    void a_finalised_report_is_read_only_and_offers_reopening_with_a_reason_and_publication() {
        when(callers.current()).thenReturn(CLERK);
        when(reports.report(HUANGZHUANG_VILLAGE, 2025)).thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.FINALISED, true));
        when(reports.reopen(HUANGZHUANG_VILLAGE, 2025, 2, "补录一件申请"))
                .thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, true));

        open();

        assertThat(_get(Span.class, spec -> spec.withId("report-state")).getText()).contains("已定稿").contains("wc-hz-clerk");
        assertThat(textArea("report-overview").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("report-save"))).isEmpty();
        assertThat(button("report-publish").isVisible()).isTrue();
        _click(button("report-reopen"));
        Button confirm = button("report-reopen-confirm");
        assertThat(confirm.isEnabled()).isFalse();
        _setValue(textArea("report-reopen-reason"), "补录一件申请");
        _click(confirm);
        verify(reports).reopen(HUANGZHUANG_VILLAGE, 2025, 2, "补录一件申请");
        assertThat(textArea("report-overview").isReadOnly()).isFalse();
        assertThat(notificationTexts()).contains("年度报告已重新打开。");
    }

    @Test
    void the_county_supervisor_sees_the_subtree_sum_read_only_and_may_switch_to_the_countys_own_report() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(reports.subtree(WENCHENG_COUNTY, 2025)).thenReturn(report(WENCHENG_COUNTY, "subtree", null, true));
        when(reports.report(WENCHENG_COUNTY, 2025)).thenReturn(report(WENCHENG_COUNTY, "own", ReportState.DRAFT, true));

        open();

        verify(reports).subtree(WENCHENG_COUNTY, 2025);
        assertThat(_get(Span.class, spec -> spec.withId("report-state")).getText()).contains("汇总");
        assertThat(_find(Button.class, spec -> spec.withId("report-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("report-finalise"))).isEmpty();
        assertThat(cell("report-table-three", 0, "TOTAL").getText()).isEqualTo("8");

        @SuppressWarnings("unchecked")
        Select<String> scope = _get(Select.class, spec -> spec.withId("report-scope"));
        _setValue(scope, "own");
        verify(reports).report(WENCHENG_COUNTY, 2025);
        assertThat(_find(Button.class, spec -> spec.withId("report-save"))).isEmpty();
        assertThat(textArea("report-overview").isReadOnly()).isTrue();
    }

    @Test
    void a_reviewer_reads_the_report_but_cannot_change_it() {
        when(callers.current()).thenReturn(REVIEWER);
        when(reports.report(HUANGZHUANG_VILLAGE, 2025)).thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, true));

        open();

        assertThat(_find(Button.class, spec -> spec.withId("report-save"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("report-state")).getText()).contains("您只能查看本报告");
    }

    @Test
    void the_year_select_asks_for_the_chosen_year_and_a_refusal_is_said_in_chinese() {
        when(callers.current()).thenReturn(CLERK);
        when(reports.report(HUANGZHUANG_VILLAGE, 2025)).thenReturn(report(HUANGZHUANG_VILLAGE, "own", ReportState.DRAFT, true));
        when(reports.report(HUANGZHUANG_VILLAGE, 2024)).thenThrow(new AccessDenied("error.access.other-division"));

        open();
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("report-year"));
        assertThat(year.getValue()).isEqualTo(2025);
        _setValue(year, 2024);

        verify(reports).report(HUANGZHUANG_VILLAGE, 2024);
        assertThat(notificationTexts()).contains("您无权访问其他区划的数据。");
    }

    @Test
    void staff_without_a_reporting_role_are_told_and_nothing_is_asked() {
        when(callers.current()).thenReturn(new StaffIdentity("x", "某人", HUANGZHUANG_VILLAGE, Set.of()));

        open();

        verify(reports, never()).report(any(), anyInt());
        verify(reports, never()).save(any(), anyInt(), anyLong(), any(), any());
        assertThat(notificationTexts()).isNotEmpty();
    }

    @Test
    void the_side_navigation_offers_the_report_at_its_route_to_those_who_read_reports_only() {
        for (StaffIdentity who : new StaffIdentity[] {CLERK, COUNTY_SUPERVISOR, REVIEWER}) {
            UI.getCurrent().removeAll();
            when(callers.current()).thenReturn(who);
            UI.getCurrent().add(new org.gongshi.web.ui.MainLayout(callers));
            var item = _get(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-annual-report"));
            assertThat(item.getLabel()).isEqualTo("年度报告");
            assertThat(item.getPath()).isEqualTo(AnnualReportView.class.getAnnotation(com.vaadin.flow.router.Route.class).value());
        }
        UI.getCurrent().removeAll();
        when(callers.current()).thenReturn(new StaffIdentity("n", "某", HUANGZHUANG_VILLAGE, Set.of()));
        UI.getCurrent().add(new org.gongshi.web.ui.MainLayout(callers));
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-annual-report"))).isEmpty();
    }

    @Test
    void the_menu_entry_is_for_everyone_who_reads_reports() {
        assertThat(ReportPermissions.readsReports(CLERK)).isTrue();
        assertThat(ReportPermissions.readsReports(COUNTY_SUPERVISOR)).isTrue();
        assertThat(ReportPermissions.readsReports(new StaffIdentity("h", "某", HUANGZHUANG_VILLAGE,
                Set.of(StaffRole.DISCLOSURE_HEAD)))).isTrue();
        assertThat(ReportPermissions.readsReports(new StaffIdentity("n", "某", HUANGZHUANG_VILLAGE, Set.of()))).isFalse();
    }
}
