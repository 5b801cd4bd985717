package org.gongshi.web.ui.oversight;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import org.gongshi.access.Callers;
import org.gongshi.oversight.ComplianceItem;
import org.gongshi.oversight.ComplianceReport;
import org.gongshi.oversight.ComplianceRules;
import org.gongshi.oversight.Factor;
import org.gongshi.oversight.IssueView;
import org.gongshi.oversight.OversightIssue;
import org.gongshi.oversight.OversightService;
import org.gongshi.oversight.TenantCompliance;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.web.ui.StaffUi;
import org.gongshi.web.ui.chart.BarChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The county dashboard: a tree of scores with reasons, the findings behind one, charts and the documents. */
class CountyDashboardViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String TOWN = "330328101";

    private final OversightService oversight = mock(OversightService.class);
    private final Callers callers = mock(Callers.class);

    private static TenantCompliance tenant(String code, String name, DivisionLevel level, String parent,
                                           Integer catalog, int zombies, int requests, int rereviews) {
        var deductions = ComplianceRules.deductions(catalog, zombies, requests, rereviews);
        int score = ComplianceRules.score(deductions);
        return new TenantCompliance(code, name, level, parent, score, ComplianceRules.colour(score), deductions);
    }

    private final TenantCompliance county = tenant("330328", "文成县", DivisionLevel.COUNTY, "3303", 0, 0, 0, 0);
    private final TenantCompliance town = tenant(TOWN, "百丈漈镇", DivisionLevel.TOWN, "330328", 0, 2, 0, 0);
    private final TenantCompliance huangzhuang = tenant(HUANGZHUANG_VILLAGE.value(), "篁庄村委会", DivisionLevel.VILLAGE, TOWN,
            1, 7, 2, 0);
    private final TenantCompliance xili = tenant(XILI_VILLAGE.value(), "西里村委会", DivisionLevel.VILLAGE, TOWN, 0, 0, 0, 0);
    private final ComplianceItem lateRequest = new ComplianceItem(Factor.REQUEST_OVERDUE, HUANGZHUANG_VILLAGE.value(),
            "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f01", "330328101200-2026-0001", LocalDate.of(2026, 11, 20), "逾期15日");
    private final ComplianceItem zombie = new ComplianceItem(Factor.ZOMBIE_SECTION, HUANGZHUANG_VILLAGE.value(),
            "village-affairs", "村务公开", null, "从未更新；更新周期90日");

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private CountyDashboardView open() {
        CountyDashboardView view = new CountyDashboardView(oversight, callers);
        UI.getCurrent().add(view);
        return view;
    }

    private static BarChart chart(String id) {
        return _get(BarChart.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<TenantCompliance> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("oversight-tree"));
    }

    @Test
    void the_county_supervisor_sees_towns_and_villages_in_a_tree_each_with_score_colour_and_reasons() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(oversight.compliance(WENCHENG_COUNTY)).thenReturn(new ComplianceReport("330328", TODAY, true,
                List.of(county, town, huangzhuang, xili), List.of(lateRequest, zombie)));

        CountyDashboardView view = open();

        var data = ((TreeDataProvider<TenantCompliance>) tree().getDataProvider()).getTreeData();
        assertThat(data.getRootItems()).containsExactly(county);
        assertThat(data.getChildren(county)).containsExactly(town);
        assertThat(data.getChildren(town)).containsExactly(huangzhuang, xili);
        assertThat(huangzhuang.score()).isEqualTo(100 - 5 - 28 - 20);
        assertThat(CountyDashboardView.reasons(huangzhuang))
                .isEqualTo("目录事项逾期1项扣5分；僵尸栏目7项扣28分；申请逾期未答复2项扣20分");
        assertThat(CountyDashboardView.reasons(xili)).isEqualTo("无扣分");
        assertThat(GridKt._getFormattedRow(tree(), 0)).containsSubsequence("文成县", "100", "绿色", "无扣分");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oversight-summary")).getText())
                .contains("共4个单位").contains("2026-12-05").doesNotContain("未接入");

        assertThat(chart("oversight-chart-colour").getBars()).extracting(BarChart.Bar::label, BarChart.Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("绿色", 3L), org.assertj.core.groups.Tuple.tuple("黄色", 0L),
                        org.assertj.core.groups.Tuple.tuple("红色", 1L));
        // (92 + 47 + 100) / 3 = 79.67 → 80, yellow
        assertThat(chart("oversight-chart-town").getBars()).containsExactly(new BarChart.Bar("百丈漈镇", 80, "#f9a825"));
        assertThat(chart("oversight-chart-factor").textAlternative()).isEqualTo("扣分事项（按类别）：僵尸栏目 1；申请逾期未答复 1。");
        assertThat(view.getPageTitle()).isEqualTo("政务公开监管 · 公示");
    }

    @Test
    void choosing_a_village_lists_its_findings_each_linked_to_where_it_is_handled() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(oversight.compliance(WENCHENG_COUNTY)).thenReturn(new ComplianceReport("330328", TODAY, true,
                List.of(county, town, huangzhuang, xili), List.of(lateRequest, zombie)));
        open();

        tree().select(huangzhuang);

        var items = grid("oversight-items");
        assertThat(GridKt._size(items)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(items, 0)).containsSubsequence("申请逾期未答复", "2026-11-20", "逾期15日");
        Anchor request = (Anchor) GridKt._getCellComponent(items, 0, "item");
        assertThat(request.getText()).isEqualTo("330328101200-2026-0001");
        assertThat(request.getHref()).isEqualTo("requests?request=01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f01");
        assertThat(((Anchor) GridKt._getCellComponent(items, 1, "item")).getHref()).isEqualTo("sections");

        tree().select(xili);
        assertThat(GridKt._size(grid("oversight-items"))).isZero();
    }

    @Test
    void a_village_clerk_sees_only_the_own_division_and_the_catalog_not_assessed_is_said() {
        TenantCompliance own = tenant(HUANGZHUANG_VILLAGE.value(), "篁庄村委会", DivisionLevel.VILLAGE, TOWN, null, 0, 0, 0);
        when(callers.current()).thenReturn(CLERK);
        when(oversight.compliance(HUANGZHUANG_VILLAGE)).thenReturn(new ComplianceReport(HUANGZHUANG_VILLAGE.value(), TODAY,
                false, List.of(own), List.of()));
        when(oversight.issues(HUANGZHUANG_VILLAGE)).thenReturn(List.of());

        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("oversight-summary")).getText()).contains("目录逾期一项暂未评估");
        assertThat(CountyDashboardView.reasons(own)).isEqualTo("目录事项逾期：目录未接入");
        _assertNone(BarChart.class, spec -> spec.withId("oversight-chart-town"));
        assertThat(mockingDetails(oversight).getInvocations()).allSatisfy(i ->
                assertThat(i.getArguments()).filteredOn(a -> a instanceof DivisionCode).containsOnly(HUANGZHUANG_VILLAGE));
    }

    @Test
    void the_supervisor_issues_a_bulletin_for_a_month_and_downloads_it_as_word_and_pdf() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(oversight.compliance(WENCHENG_COUNTY)).thenReturn(new ComplianceReport("330328", TODAY, true,
                List.of(county), List.of()));
        IssueView issued = new IssueView("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f09", "330328", OversightIssue.Kind.BULLETIN,
                "2026-11", LocalDate.of(2026, 11, 30), "文成县政务公开工作月月通报（2026年11月）", "正文", null, "wc-county",
                Instant.parse("2026-12-05T02:00:00Z"), 0);
        when(oversight.issueBulletin(WENCHENG_COUNTY, "2026-11")).thenReturn(issued);
        when(oversight.issues(WENCHENG_COUNTY)).thenReturn(List.of(), List.of(issued));
        open();

        _setValue(_get(TextField.class, spec -> spec.withId("oversight-month")), "2026-11");
        _click(button("oversight-issue-bulletin"));

        verify(oversight).issueBulletin(WENCHENG_COUNTY, "2026-11");
        assertThat(notificationTexts()).containsExactly("已生成：文成县政务公开工作月月通报（2026年11月）");
        var issues = grid("oversight-issues");
        assertThat(GridKt._getFormattedRow(issues, 0)).containsSubsequence("文成县政务公开工作月月通报（2026年11月）", "2026-11-30");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(issues, 0, "actions");
        assertThat(actions.getChildren().filter(c -> c instanceof Anchor).map(c -> ((Anchor) c).getText()))
                .containsExactly("Word", "PDF");
        // A supervisor is not the county's clerk: nothing to submit as a notice.
        assertThat(actions.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button)).isEmpty();
    }

    @Test
    void a_reviewer_reads_the_score_and_is_offered_no_document_to_issue() {
        when(callers.current()).thenReturn(REVIEWER);
        when(oversight.compliance(HUANGZHUANG_VILLAGE)).thenReturn(new ComplianceReport(HUANGZHUANG_VILLAGE.value(), TODAY,
                true, List.of(xili), List.of()));
        open();
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("oversight-issue-bulletin"));
        verify(oversight, never()).issueBulletin(any(), any());
    }

    @Test
    void a_refusal_is_said_in_chinese() {
        when(callers.current()).thenReturn(CLERK);
        when(oversight.compliance(any())).thenThrow(new AccessDenied("error.access.other-division"));
        open();
        assertThat(notificationTexts()).containsExactly("您无权访问其他区划的数据。");
    }
}
