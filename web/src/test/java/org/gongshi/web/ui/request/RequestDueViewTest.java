package org.gongshi.web.ui.request;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import org.gongshi.access.Callers;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestView;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.ui.StaffUi;
import org.gongshi.web.ui.chart.BarChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What is due and overdue, earliest first, with the charts that say it faster. */
class RequestDueViewTest {

    private final RequestService requests = mock(RequestService.class);
    private final Callers callers = mock(Callers.class);

    private final RequestView late = RequestBuilder.request("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f01", HUANGZHUANG_VILLAGE)
            .receipt("330328101200-2026-0001").due(LocalDate.of(2026, 10, 9)).overdue().build();
    private final RequestView lateInXili = RequestBuilder.request("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f02", XILI_VILLAGE)
            .receipt("330328101202-2026-0004").due(LocalDate.of(2026, 10, 10)).overdue().build();
    private final RequestView alsoLate = RequestBuilder.request("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f03", HUANGZHUANG_VILLAGE)
            .receipt("330328101200-2026-0002").due(LocalDate.of(2026, 10, 11)).overdue().build();
    private final RequestView soon = RequestBuilder.request("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f04", HUANGZHUANG_VILLAGE)
            .receipt("330328101200-2026-0006").due(LocalDate.of(2026, 10, 14)).build();

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private RequestDueView open() {
        RequestDueView view = new RequestDueView(requests, callers);
        UI.getCurrent().add(view);
        return view;
    }

    private static BarChart chart(String id) {
        return _get(BarChart.class, spec -> spec.withId(id));
    }

    @Test
    void a_village_clerk_sees_what_is_due_in_five_working_days_and_what_is_overdue_in_the_order_the_service_gives() {
        when(callers.current()).thenReturn(CLERK);
        when(requests.due(HUANGZHUANG_VILLAGE, 5)).thenReturn(List.of(late, soon));
        when(requests.list(HUANGZHUANG_VILLAGE, null)).thenReturn(List.of(late, soon,
                RequestBuilder.request("x", HUANGZHUANG_VILLAGE).awaitingCorrection(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 30)).build(),
                RequestBuilder.request("y", HUANGZHUANG_VILLAGE).closed(ClosingReason.WITHDRAWN, "电话", LocalDate.of(2026, 10, 9)).build()));

        RequestDueView view = open();

        var grid = grid("request-due-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence("2026-10-09", "已逾期", "已受理");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsSubsequence("2026-10-14", "即将到期");
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "receipt");
        assertThat(link.getText()).isEqualTo("330328101200-2026-0001");
        assertThat(link.getHref()).isEqualTo("requests?request=01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f01");
        assertThat(grid.getColumnByKey("division")).isNull();
        assertThat(chart("request-chart-states").getBars()).containsExactly(new BarChart.Bar("已受理", 2),
                new BarChart.Bar("待补正", 1));
        assertThat(view.getPageTitle()).isEqualTo("到期与逾期 · 公示");

        _setValue(_get(IntegerField.class, spec -> spec.withId("request-due-days")), 10);
        verify(requests).due(HUANGZHUANG_VILLAGE, 10);
    }

    @Test
    void the_county_sees_its_whole_subtree_with_divisions_and_the_overdue_requests_by_village() {
        when(callers.current()).thenReturn(COUNTY_SUPERVISOR);
        when(requests.due(WENCHENG_COUNTY, 5)).thenReturn(List.of(late, lateInXili, alsoLate, soon));
        when(requests.list(WENCHENG_COUNTY, null)).thenReturn(List.of(late, lateInXili, alsoLate, soon));

        open();

        var grid = grid("request-due-grid");
        assertThat(GridKt._getFormattedRow(grid, 1)).last().isEqualTo("浙江省 温州市 文成县 百丈漈镇 西里村委会");
        assertThat(chart("request-chart-overdue").getBars()).containsExactly(new BarChart.Bar("篁庄村委会", 2),
                new BarChart.Bar("西里村委会", 1));
        assertThat(chart("request-chart-overdue").textAlternative())
                .isEqualTo("逾期申请（按乡镇、村）：篁庄村委会 2；西里村委会 1。");
    }

    @Test
    void a_village_clerk_never_addresses_another_division_and_a_refusal_is_said_in_chinese() {
        when(callers.current()).thenReturn(CLERK);
        when(requests.due(any(), anyInt())).thenThrow(new AccessDenied("error.access.role-required"));
        when(requests.list(any(), any())).thenReturn(List.of());

        open();

        verify(requests).due(HUANGZHUANG_VILLAGE, RequestDueView.DEFAULT_WORKING_DAYS);
        verify(requests).list(HUANGZHUANG_VILLAGE, null);
        assertThat(org.mockito.Mockito.mockingDetails(requests).getInvocations()).allSatisfy(i ->
                assertThat(i.getArguments()).filteredOn(a -> a instanceof DivisionCode).containsOnly(HUANGZHUANG_VILLAGE));
        assertThat(notificationTexts()).containsExactly("您的账号没有执行此操作的权限。");
    }
}
