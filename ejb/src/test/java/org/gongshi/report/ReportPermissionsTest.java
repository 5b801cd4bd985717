package org.gongshi.report;

import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.report.ReportSamples.BAIZHANGJI;
import static org.gongshi.report.ReportSamples.HUANGZHUANG;
import static org.gongshi.report.ReportSamples.WENCHENG;

/** Who reads and writes which annual report, before any query runs. */
class ReportPermissionsTest {

    static final StaffIdentity TOWN_CLERK = new StaffIdentity("wc-bzj-clerk", "刘芳", BAIZHANGJI, Set.of(StaffRole.CLERK));
    static final StaffIdentity TOWN_HEAD = new StaffIdentity("wc-bzj-head", "郑卫东", BAIZHANGJI,
            Set.of(StaffRole.REVIEWER, StaffRole.DISCLOSURE_HEAD));
    static final StaffIdentity TOWN_REVIEWER = new StaffIdentity("wc-bzj-reviewer", "孙立新", BAIZHANGJI, Set.of(StaffRole.REVIEWER));
    static final StaffIdentity VILLAGE_CLERK = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG, Set.of(StaffRole.CLERK));
    static final StaffIdentity COUNTY = new StaffIdentity("wc-county", "赵国华", WENCHENG, Set.of(StaffRole.COUNTY_SUPERVISOR));
    static final StaffIdentity OTHER_COUNTY_CLERK = new StaffIdentity("fh-fz-clerk", "周海燕",
            DivisionCode.of("330213001001"), Set.of(StaffRole.CLERK));

    @Test
    void a_division_reads_and_writes_its_own_report_only() {
        assertThat(ReportPermissions.readOwn(TOWN_CLERK, BAIZHANGJI)).isEqualTo(TenantScope.own(BAIZHANGJI));
        assertThat(ReportPermissions.write(TOWN_CLERK, BAIZHANGJI)).isEqualTo(TenantScope.own(BAIZHANGJI));
        for (StaffIdentity stranger : new StaffIdentity[] {VILLAGE_CLERK, OTHER_COUNTY_CLERK}) {
            assertThatThrownBy(() -> ReportPermissions.readOwn(stranger, BAIZHANGJI)).isInstanceOf(AccessDenied.class)
                    .hasMessage("error.access.other-division");
            assertThatThrownBy(() -> ReportPermissions.write(stranger, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> ReportPermissions.readSubtree(stranger, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
        }
        // a town does not read its villages' reports, nor their sum
        assertThatThrownBy(() -> ReportPermissions.readOwn(TOWN_CLERK, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ReportPermissions.readSubtree(TOWN_CLERK, BAIZHANGJI)).isInstanceOf(AccessDenied.class)
                .hasMessage("error.access.role-required");
    }

    @Test
    void the_head_writes_a_reviewer_only_reads_and_only_a_clerk_publishes() {
        assertThat(ReportPermissions.mayWrite(TOWN_HEAD, BAIZHANGJI)).isTrue();
        assertThat(ReportPermissions.mayPublish(TOWN_HEAD, BAIZHANGJI)).isFalse();
        assertThat(ReportPermissions.mayPublish(TOWN_CLERK, BAIZHANGJI)).isTrue();
        assertThat(ReportPermissions.readOwn(TOWN_REVIEWER, BAIZHANGJI)).isEqualTo(TenantScope.own(BAIZHANGJI));
        assertThatThrownBy(() -> ReportPermissions.write(TOWN_REVIEWER, BAIZHANGJI)).isInstanceOf(AccessDenied.class)
                .hasMessage("error.access.role-required");
    }

    @Test
    void the_county_reads_every_report_beneath_it_and_the_sum_and_writes_none() {
        assertThat(ReportPermissions.readOwn(COUNTY, HUANGZHUANG)).isEqualTo(TenantScope.own(HUANGZHUANG));
        assertThat(ReportPermissions.readSubtree(COUNTY, WENCHENG)).isEqualTo(TenantScope.subtreeReadOnly(WENCHENG));
        assertThat(ReportPermissions.readSubtree(COUNTY, BAIZHANGJI)).isEqualTo(TenantScope.subtreeReadOnly(BAIZHANGJI));
        assertThatThrownBy(() -> ReportPermissions.write(COUNTY, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ReportPermissions.write(COUNTY, WENCHENG)).isInstanceOf(AccessDenied.class)
                .hasMessage("error.access.role-required");
        assertThatThrownBy(() -> ReportPermissions.readSubtree(COUNTY, DivisionCode.of("330213")))
                .isInstanceOf(AccessDenied.class).hasMessage("error.access.other-division");
    }
}
