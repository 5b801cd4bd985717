package org.gongshi.tenancy;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in member of staff, as the verified token describes them: who they are, the division
 * they work for and what they do there.
 */
public record StaffIdentity(String username, String displayName, DivisionCode division, Set<StaffRole> roles) {

    public StaffIdentity {
        Objects.requireNonNull(username, "Username is required.");
        Objects.requireNonNull(displayName, "Display name is required.");
        Objects.requireNonNull(division, "Division is required.");
        Objects.requireNonNull(roles, "Roles are required.");
        if (username.isBlank()) {
            throw new IllegalArgumentException("Username must not be blank.");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** A county supervisor reads their division's whole subtree; everyone else reads their own division. */
    public TenantScope readScope() {
        return has(StaffRole.COUNTY_SUPERVISOR)
                ? TenantScope.subtreeReadOnly(division)
                : TenantScope.own(division);
    }

    /** Everyone writes only in their own division, a county supervisor included. */
    public TenantScope writeScope() {
        return TenantScope.own(division);
    }
}
