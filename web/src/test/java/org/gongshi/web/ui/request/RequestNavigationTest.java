package org.gongshi.web.ui.request;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import org.gongshi.access.Callers;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The side navigation offers the request screens to those who handle requests and to the county supervisor. */
class RequestNavigationTest {

    private final Callers callers = mock(Callers.class);

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void layoutFor(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
        UI.getCurrent().add(new MainLayout(callers));
    }

    private static SideNavItem item(String id) {
        return _get(SideNavItem.class, spec -> spec.withId(id));
    }

    @Test
    void a_clerk_and_the_county_supervisor_find_the_three_request_screens_at_their_routes() {
        for (StaffIdentity who : new StaffIdentity[]{CLERK, COUNTY_SUPERVISOR,
                new StaffIdentity("wc-hz-officer", "陈 丽", HUANGZHUANG_VILLAGE, Set.of(StaffRole.REQUEST_OFFICER))}) {
            UI.getCurrent().removeAll();
            layoutFor(who);
            assertThat(item("nav-requests").getLabel()).isEqualTo("依申请公开");
            assertThat(item("nav-requests").getPath()).isEqualTo(RequestInboxView.class.getAnnotation(Route.class).value());
            assertThat(item("nav-requests-due").getPath()).isEqualTo(RequestDueView.class.getAnnotation(Route.class).value());
            assertThat(item("nav-requests-proactive").getPath())
                    .isEqualTo(ProactiveCandidatesView.class.getAnnotation(Route.class).value());
        }
        assertThat(RequestInboxView.ROUTE_PATH).isEqualTo(RequestInboxView.class.getAnnotation(Route.class).value());
    }

    @Test
    void a_reviewer_who_handles_no_requests_is_not_offered_them() {
        layoutFor(REVIEWER);
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-requests"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-requests-due"));
    }
}
