package org.gongshi.tenancy;

import java.util.Optional;

/**
 * What a member of staff does, as a realm role in Keycloak. A role never names a division: the
 * division comes from the {@code division} claim of the same token.
 */
public enum StaffRole {

    /** 信息员: drafts notices for their own division. */
    CLERK(Names.CLERK),
    /** 审核人: approves before publication, never their own work. */
    REVIEWER(Names.REVIEWER),
    /** 依申请公开承办人: registers and answers disclosure requests. */
    REQUEST_OFFICER(Names.REQUEST_OFFICER),
    /** 县级监管: the county office, overseeing every town and village beneath it. */
    COUNTY_SUPERVISOR(Names.COUNTY_SUPERVISOR),
    /** 管理员: manages the staff and settings of a tenant. */
    TENANT_ADMIN(Names.TENANT_ADMIN),
    /**
     * 政府信息公开工作机构负责人: approves the one extension of a disclosure request's reply period
     * (Regulation Art. 33). Held besides a handling role, in the same division.
     */
    DISCLOSURE_HEAD(Names.DISCLOSURE_HEAD);

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {

        public static final String CLERK = "clerk";
        public static final String REVIEWER = "reviewer";
        public static final String REQUEST_OFFICER = "request-officer";
        public static final String COUNTY_SUPERVISOR = "county-supervisor";
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String DISCLOSURE_HEAD = "disclosure-head";

        private Names() {
        }
    }

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role's name in Keycloak and in the token's {@code realm_access.roles}. */
    public String roleName() {
        return roleName;
    }

    /** The staff role of a realm role name; empty for roles that are not Gongshi's (e.g. {@code offline_access}). */
    public static Optional<StaffRole> fromRoleName(String roleName) {
        for (StaffRole role : values()) {
            if (role.roleName.equals(roleName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
