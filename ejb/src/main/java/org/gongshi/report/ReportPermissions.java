package org.gongshi.report;

import org.gongshi.shared.AccessDenied;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.util.Objects;

/**
 * Who may do what with annual reports. The service refuses everything outside these rules; the screen
 * asks the same rules so that it offers nothing the service would refuse.
 * <ul>
 *   <li>Writing a division's report (texts, entries, finalise, reopen): its own clerk, request officer
 *       or head of the disclosure office — the people who run disclosure there (Regulation Art. 4).</li>
 *   <li>Handing it to publication: a clerk (the notice is created and submitted as theirs).</li>
 *   <li>Reading: the same people and the division's reviewers and administrators; a county supervisor
 *       reads every report in the county's subtree and the subtree's sum, and writes none.</li>
 * </ul>
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    /** The caller holds a role that works on reports (the menu entry shows for them). */
    public static boolean readsReports(StaffIdentity me) {
        return me != null && (writesReports(me) || me.has(StaffRole.COUNTY_SUPERVISOR)
                || me.has(StaffRole.REVIEWER) || me.has(StaffRole.TENANT_ADMIN));
    }

    /** The caller holds a role that writes their own division's report. */
    public static boolean writesReports(StaffIdentity me) {
        return me != null && (me.has(StaffRole.CLERK) || me.has(StaffRole.REQUEST_OFFICER)
                || me.has(StaffRole.DISCLOSURE_HEAD));
    }

    /** The caller may change the report of {@code division}. */
    public static boolean mayWrite(StaffIdentity me, DivisionCode division) {
        return writesReports(me) && division != null && me.writeScope().canWrite(division);
    }

    /** The caller may hand the report of {@code division} to publication. */
    public static boolean mayPublish(StaffIdentity me, DivisionCode division) {
        return mayWrite(me, division) && me.has(StaffRole.CLERK);
    }

    /** The caller may read the sum of {@code division}'s whole subtree (a county supervisor, at or below their county). */
    public static boolean mayReadSubtree(StaffIdentity me, DivisionCode division) {
        return me != null && division != null && me.has(StaffRole.COUNTY_SUPERVISOR) && me.division().contains(division);
    }

    /** The scope of reading one division's own report: exactly that division. */
    static TenantScope readOwn(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        if (!readsReports(me)) {
            throw new AccessDenied("error.access.role-required");
        }
        if (!me.readScope().canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return TenantScope.own(division);
    }

    /** The scope of a subtree's sum: the division and everything beneath it, read only. */
    static TenantScope readSubtree(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        if (!mayReadSubtree(me, division)) {
            throw new AccessDenied(me != null && me.readScope().canRead(division)
                    ? "error.access.role-required" : "error.access.other-division");
        }
        return TenantScope.subtreeReadOnly(division);
    }

    static TenantScope write(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (!writesReports(me)) {
            throw new AccessDenied("error.access.role-required");
        }
        return me.writeScope();
    }
}
