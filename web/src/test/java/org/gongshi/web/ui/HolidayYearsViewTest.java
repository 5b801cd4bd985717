package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.gongshi.access.Callers;
import org.gongshi.calendar.HolidayYear;
import org.gongshi.calendar.HolidayYearLoad;
import org.gongshi.calendar.HolidayYearService;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The administrators' screen for the holiday schedule's years, and what everyone else sees there. */
class HolidayYearsViewTest {

    private static final StaffIdentity COUNTY_ADMIN =
            new StaffIdentity("wc-admin", "吴敏", WENCHENG_COUNTY, Set.of(StaffRole.TENANT_ADMIN));
    private static final HolidayYear BUNDLED_2026 = new HolidayYear(2026, HolidayYear.BUNDLED, 33, 6, null, null);
    private static final HolidayYear LOADED_2027 =
            new HolidayYear(2027, HolidayYear.LOADED, 29, 6, "wc-admin", Instant.parse("2026-11-22T02:00:00Z"));

    private final HolidayYearService years = mock(HolidayYearService.class);
    private final Callers callers = mock(Callers.class);

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(years.years()).thenReturn(List.of(BUNDLED_2026));
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private HolidayYearsView open(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
        HolidayYearsView view = new HolidayYearsView(years, callers);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void an_administrator_uploads_a_year_and_sees_it_listed_first_with_who_loaded_it() {
        HolidayYearsView view = open(COUNTY_ADMIN);
        assertThat(StaffUi.<HolidayYear>grid("holiday-years-grid").getListDataView().getItems().toList()).containsExactly(BUNDLED_2026);
        assertThat(_get(Upload.class, spec -> spec.withId("holiday-years-upload")).getAcceptedFileTypes()).contains(".ics", ".json");

        byte[] file = "BEGIN:VCALENDAR".getBytes();
        when(years.load(file, null)).thenReturn(new HolidayYearLoad("ics", List.of(LOADED_2027)));
        when(years.years()).thenReturn(List.of(BUNDLED_2026, LOADED_2027));
        assertThat(view.receive(file, UI.getCurrent())).isNull();
        MockVaadin.clientRoundtrip(false);

        verify(years).load(file, null);
        assertThat(StaffUi.<HolidayYear>grid("holiday-years-grid").getListDataView().getItems().toList())
                .containsExactly(LOADED_2027, BUNDLED_2026);
        assertThat(StaffUi.notificationTexts()).contains("已载入 2027 年的节假日安排。");
    }

    @Test
    void a_refused_file_is_answered_in_chinese() {
        HolidayYearsView view = open(COUNTY_ADMIN);
        when(years.load(any(), any())).thenThrow(new InvalidInput("error.calendar.file-format"));
        assertThat(view.receive(new byte[] {1}, UI.getCurrent())).contains("无法识别");
    }

    @Test
    void a_clerk_is_told_it_is_an_administrators_task_and_nothing_is_read() {
        open(CLERK);
        assertThat(_get(Paragraph.class, spec -> spec.withId("holiday-years-not-admin")).getText()).contains("管理员");
        _assertNone(Upload.class);
        verifyNoInteractions(years);
    }

    @Test
    void the_side_navigation_offers_the_holiday_schedule_to_administrators_and_the_county_supervisor_only() {
        when(callers.current()).thenReturn(CLERK);
        UI.getCurrent().add(new MainLayout(callers));
        _assertNone(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-holiday-years"));
        UI.getCurrent().removeAll();

        when(callers.current()).thenReturn(StaffUi.COUNTY_SUPERVISOR);
        UI.getCurrent().add(new MainLayout(callers));
        _get(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-holiday-years"));
    }
}
