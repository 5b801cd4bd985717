package org.gongshi.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.tenancy.SampleDivisions.HUANGZHUANG_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.WENCHENG_COUNTY;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffIdentityTest {

    @Test
    void a_county_supervisor_reads_the_whole_county_read_only() {
        StaffIdentity supervisor = new StaffIdentity("wc-county", "赵国华", WENCHENG_COUNTY,
                Set.of(StaffRole.COUNTY_SUPERVISOR));

        assertThat(supervisor.readScope()).isEqualTo(TenantScope.subtreeReadOnly(WENCHENG_COUNTY));
        assertThat(supervisor.readScope().canRead(HUANGZHUANG_VILLAGE)).isTrue();
    }

    @Test
    void a_county_supervisor_writes_only_the_county_itself() {
        StaffIdentity supervisor = new StaffIdentity("wc-county", "赵国华", WENCHENG_COUNTY,
                Set.of(StaffRole.COUNTY_SUPERVISOR));

        assertThat(supervisor.writeScope()).isEqualTo(TenantScope.own(WENCHENG_COUNTY));
        assertThat(supervisor.writeScope().canWrite(HUANGZHUANG_VILLAGE)).isFalse();
    }

    @Test
    void a_village_clerk_reads_and_writes_their_own_village() {
        StaffIdentity clerk = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG_VILLAGE,
                Set.of(StaffRole.CLERK));

        assertThat(clerk.readScope()).isEqualTo(TenantScope.own(HUANGZHUANG_VILLAGE));
        assertThat(clerk.writeScope()).isEqualTo(TenantScope.own(HUANGZHUANG_VILLAGE));
    }

    @Test
    void a_county_tenant_admin_without_the_supervisor_role_reads_only_the_county_itself() {
        StaffIdentity admin = new StaffIdentity("wc-admin", "吴敏", WENCHENG_COUNTY, Set.of(StaffRole.TENANT_ADMIN));

        assertThat(admin.readScope()).isEqualTo(TenantScope.own(WENCHENG_COUNTY));
    }

    @Test
    void an_identity_has_exactly_its_roles() {
        StaffIdentity clerk = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG_VILLAGE,
                Set.of(StaffRole.CLERK));

        assertThat(clerk.has(StaffRole.CLERK)).isTrue();
        assertThat(clerk.has(StaffRole.REVIEWER)).isFalse();
    }

    @Test
    void the_roles_cannot_be_changed_through_the_set_given_or_the_set_returned() {
        Set<StaffRole> roles = EnumSet.of(StaffRole.CLERK);
        StaffIdentity clerk = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG_VILLAGE, roles);

        roles.add(StaffRole.COUNTY_SUPERVISOR);

        assertThat(clerk.has(StaffRole.COUNTY_SUPERVISOR)).isFalse();
        assertThatThrownBy(() -> clerk.roles().add(StaffRole.REVIEWER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_division_is_required() {
        assertThatThrownBy(() -> new StaffIdentity("wc-hz-clerk", "张晓梅", null, Set.of(StaffRole.CLERK)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Division is required.");
    }
}
