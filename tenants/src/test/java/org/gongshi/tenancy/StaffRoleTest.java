package org.gongshi.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffRoleTest {

    @Test
    void every_role_has_the_keycloak_realm_role_name() {
        assertThat(StaffRole.values()).extracting(StaffRole::roleName)
                .containsExactly("clerk", "reviewer", "request-officer", "county-supervisor", "tenant-admin", "disclosure-head");
    }

    @Test
    void the_constants_for_roles_allowed_match_the_role_names() {
        assertThat(StaffRole.Names.CLERK).isEqualTo(StaffRole.CLERK.roleName());
        assertThat(StaffRole.Names.REVIEWER).isEqualTo(StaffRole.REVIEWER.roleName());
        assertThat(StaffRole.Names.REQUEST_OFFICER).isEqualTo(StaffRole.REQUEST_OFFICER.roleName());
        assertThat(StaffRole.Names.COUNTY_SUPERVISOR).isEqualTo(StaffRole.COUNTY_SUPERVISOR.roleName());
        assertThat(StaffRole.Names.TENANT_ADMIN).isEqualTo(StaffRole.TENANT_ADMIN.roleName());
    }

    @Test
    void a_role_name_from_the_token_maps_back_to_its_staff_role() {
        assertThat(StaffRole.fromRoleName("request-officer")).contains(StaffRole.REQUEST_OFFICER);
        assertThat(StaffRole.fromRoleName("county-supervisor")).contains(StaffRole.COUNTY_SUPERVISOR);
    }

    @Test
    void keycloaks_own_roles_are_no_staff_roles() {
        assertThat(StaffRole.fromRoleName("offline_access")).isEmpty();
        assertThat(StaffRole.fromRoleName("CLERK")).isEmpty();
        assertThat(StaffRole.fromRoleName(null)).isEmpty();
    }
}
