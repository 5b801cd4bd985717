package org.gongshi.request;

import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.request.RequestFixture.BAIZHANGJI;
import static org.gongshi.request.RequestFixture.COUNTY;
import static org.gongshi.request.RequestFixture.HUANGZHUANG;
import static org.gongshi.request.RequestFixture.TOWN_CLERK;
import static org.gongshi.request.RequestFixture.TOWN_HEAD;
import static org.gongshi.request.RequestFixture.VILLAGE_CLERK;
import static org.gongshi.request.RequestFixture.WENCHENG;

/** The rules the screens ask are the rules the desk enforces. */
class RequestPermissionsTest {

    private static final StaffIdentity VILLAGE_REVIEWER =
            new StaffIdentity("wc-hz-reviewer", "李建国", HUANGZHUANG, Set.of(StaffRole.REVIEWER));

    @Test
    void a_clerk_handles_the_requests_of_their_own_division_only() {
        assertThat(RequestPermissions.mayHandle(VILLAGE_CLERK, HUANGZHUANG)).isTrue();
        assertThat(RequestPermissions.mayHandle(VILLAGE_CLERK, BAIZHANGJI)).isFalse();
        assertThat(RequestPermissions.mayHandle(TOWN_CLERK, HUANGZHUANG)).as("a town does not handle its villages' requests").isFalse();
        assertThat(RequestDesk.handlerScope(VILLAGE_CLERK, HUANGZHUANG)).isEqualTo(TenantScope.own(HUANGZHUANG));
    }

    @Test
    void the_county_supervisor_and_a_reviewer_handle_nothing_and_the_desk_refuses_them_too() {
        assertThat(RequestPermissions.handlesRequests(COUNTY)).isFalse();
        assertThat(RequestPermissions.mayHandle(COUNTY, WENCHENG)).isFalse();
        assertThat(RequestPermissions.mayHandle(COUNTY, HUANGZHUANG)).isFalse();
        assertThat(RequestPermissions.mayHandle(VILLAGE_REVIEWER, HUANGZHUANG)).isFalse();
        assertThatThrownBy(() -> RequestDesk.handlerScope(COUNTY, WENCHENG)).extracting("messageKey")
                .isEqualTo("error.access.role-required");
        assertThatThrownBy(() -> RequestDesk.handlerScope(VILLAGE_REVIEWER, HUANGZHUANG)).extracting("messageKey")
                .isEqualTo("error.access.role-required");
        assertThat(RequestPermissions.mayHandle(null, HUANGZHUANG)).isFalse();
    }

    @Test
    void only_the_head_of_the_disclosure_office_extends_art_33() {
        assertThat(RequestPermissions.mayExtend(TOWN_HEAD, BAIZHANGJI)).isTrue();
        assertThat(RequestPermissions.mayExtend(TOWN_CLERK, BAIZHANGJI)).isFalse();
        assertThat(RequestPermissions.mayExtend(TOWN_HEAD, HUANGZHUANG)).as("not in another division").isFalse();
    }
}
