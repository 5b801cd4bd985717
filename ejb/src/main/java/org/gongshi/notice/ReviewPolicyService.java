package org.gongshi.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;

/**
 * The review levels (三审) of a division. A tenant administrator sets them for their own division
 * and for the divisions below it — an explicit administration path, audited in the division whose
 * policy changes.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class ReviewPolicyService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public int levels(DivisionCode division) {
        StaffIdentity me = callers.current();
        if (!me.readScope().canRead(division) && !administers(me, division)) {
            throw new AccessDenied("error.access.other-division");
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            ReviewPolicy policy = em.find(ReviewPolicy.class, division.value());
            return policy == null ? ReviewPolicy.DEFAULT_LEVELS : policy.levels();
        }
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public int setLevels(DivisionCode division, int levels) {
        StaffIdentity me = callers.current();
        if (!administers(me, division)) {
            throw new AccessDenied("error.access.other-division");
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            ReviewPolicy policy = em.find(ReviewPolicy.class, division.value());
            if (policy == null) {
                policy = new ReviewPolicy(division, levels);
                em.persist(policy);
            } else {
                policy.change(levels);
            }
            audit.record(em, division, clock.instant(), me.username(), "review-policy.changed", division.value(),
                    "levels=" + levels);
            em.flush();
            return policy.levels();
        }
    }

    private static boolean administers(StaffIdentity me, DivisionCode division) {
        return me.has(StaffRole.TENANT_ADMIN) && me.division().contains(division);
    }
}
