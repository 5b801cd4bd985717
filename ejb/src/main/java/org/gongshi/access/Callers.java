package org.gongshi.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, decided once from the verified token and nothing else. The division comes from
 * the {@code division} claim that Keycloak maps from an admin-only user attribute; a path, header
 * or form field never decides it. Roles come from the identity the server already verified.
 */
@Stateless
@PermitAll
@DeclareRoles({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN, StaffRole.Names.DISCLOSURE_HEAD})
public class Callers {

    /** The token claim that carries the user's division code. */
    public static final String DIVISION_CLAIM = "division";

    @Resource
    private SessionContext context;

    /** The signed-in staff member; refuses anonymous callers and accounts bound to no known division. */
    public StaffIdentity current() {
        Principal principal = context.getCallerPrincipal();
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            throw new AccessDenied("error.access.not-signed-in");
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        String claim = token.getClaimValueAsString(DIVISION_CLAIM);
        DivisionCode division = parseDivision(claim);
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new AccessDenied("error.access.no-division");
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            if (context.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        String username = token.getPreferredUsername() != null ? token.getPreferredUsername() : principal.getName();
        String displayName = chineseName(token.getFamilyName(), token.getGivenName(), username);
        return new StaffIdentity(username, displayName, division, roles);
    }

    /** Chinese order, family name first and no space: 张晓梅, not "晓梅 张". */
    static String chineseName(String family, String given, String fallback) {
        String name = (family == null ? "" : family.strip()) + (given == null ? "" : given.strip());
        return name.isEmpty() ? fallback : name;
    }

    private static DivisionCode parseDivision(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new AccessDenied("error.access.no-division");
        }
        try {
            return DivisionCode.of(claim.trim());
        } catch (IllegalArgumentException e) {
            throw new AccessDenied("error.access.no-division");
        }
    }
}
