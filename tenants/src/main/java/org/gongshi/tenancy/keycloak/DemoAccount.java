package org.gongshi.tenancy.keycloak;

import java.util.Objects;
import java.util.Set;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffRole;

/** A member of staff imported into the demo realm, with a password anyone may know. */
public record DemoAccount(String username, String password, String lastName, String firstName, String email,
        DivisionCode division, Set<StaffRole> roles) {

    public DemoAccount {
        Objects.requireNonNull(username, "Username is required.");
        Objects.requireNonNull(password, "Password is required.");
        Objects.requireNonNull(lastName, "Last name is required.");
        Objects.requireNonNull(firstName, "First name is required.");
        Objects.requireNonNull(email, "Email is required.");
        Objects.requireNonNull(division, "Division is required.");
        Objects.requireNonNull(roles, "Roles are required.");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Demo account " + username + " needs at least one role.");
        }
        roles = Set.copyOf(roles);
    }
}
