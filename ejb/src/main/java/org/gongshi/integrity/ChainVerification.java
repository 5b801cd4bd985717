package org.gongshi.integrity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Checks the chains. Anyone may have a published or withdrawn notice checked (the answer holds
 * hashes, never the notice's text, and a draft is simply not found). Recomputing a division's whole
 * chain is for a tenant administrator or the county supervisor, for their own division and the
 * divisions below it — an explicit oversight path.
 */
@Stateless
@PermitAll
public class ChainVerification {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<org.gongshi.notice.PublishedParts> parts;

    private org.gongshi.notice.PublishedParts parts() {
        return parts != null && parts.isResolvable() ? parts.get() : org.gongshi.notice.PublishedParts.NONE;
    }

    /**
     * Checks a notice known by its id alone, as the verification link on the board page gives it.
     * The chain holds published and withdrawn notices only, so the division whose chain holds the
     * id is the notice's division; the check itself then runs in that division's own scope.
     */
    public NoticeVerification verifyPublishedNotice(String noticeId) {
        return verifyPublishedNotice(divisionHolding(noticeId), noticeId);
    }

    /** Checks a published or withdrawn notice of {@code division}; anything else is not found. */
    public NoticeVerification verifyPublishedNotice(DivisionCode division, String noticeId) {
        Objects.requireNonNull(division, "Division is required.");
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return new ChainVerifier(em, clock, parts()).verifyNotice(noticeId);
        }
    }

    /** Recomputes the division's whole chain and names its first broken link. */
    @RolesAllowed({StaffRole.Names.TENANT_ADMIN, StaffRole.Names.COUNTY_SUPERVISOR})
    public DivisionVerification verifyDivision(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        if (!me.division().contains(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return new ChainVerifier(em, clock, parts()).verifyDivision(division);
        }
    }

    /**
     * The division whose chain holds the notice. Division codes start with their province's code,
     * so each province of the directory is searched as one subtree; only chain links are read
     * there, and only their division code leaves this method.
     */
    private DivisionCode divisionHolding(String noticeId) {
        if (!Ids.looksLikeId(noticeId)) {
            throw new NotFound("error.notice.not-found");
        }
        for (Division province : DivisionDirectory.seed().atLevel(DivisionLevel.PROVINCE)) {
            try (EntityManager em = data.open(TenantScope.subtreeReadOnly(province.code()))) {
                List<DivisionCode> holding = new ChainVerifier(em, clock).divisionsHolding(noticeId);
                if (!holding.isEmpty()) {
                    return holding.get(0);
                }
            }
        }
        throw new NotFound("error.notice.not-found");
    }
}
