package org.gongshi.request;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

/**
 * Who may do what with a division's disclosure requests. {@link RequestService} refuses everything
 * outside these rules; the staff screens ask the same rules so that they offer nothing the service
 * would refuse.
 * <ul>
 *   <li>Handling (registering, every step, the reply, review and litigation records, Art. 44): the
 *       division's own request officer or clerk — at village and town level often one person — or
 *       the head of its disclosure office.</li>
 *   <li>The one extension (Art. 33 (2)): only the head of the disclosure office.</li>
 *   <li>A county supervisor reads the county's subtree and changes nothing.</li>
 * </ul>
 */
public final class RequestPermissions {

    private RequestPermissions() {
    }

    /** The caller holds a role that handles requests (in their own division only). */
    public static boolean handlesRequests(StaffIdentity me) {
        return me != null && (me.has(StaffRole.REQUEST_OFFICER) || me.has(StaffRole.CLERK)
                || me.has(StaffRole.DISCLOSURE_HEAD));
    }

    /** The caller may register and change requests of {@code division}. */
    public static boolean mayHandle(StaffIdentity me, DivisionCode division) {
        return handlesRequests(me) && division != null && me.writeScope().canWrite(division);
    }

    /** The caller may approve the one extension of a request of {@code division} (Art. 33 (2)). */
    public static boolean mayExtend(StaffIdentity me, DivisionCode division) {
        return mayHandle(me, division) && me.has(StaffRole.DISCLOSURE_HEAD);
    }
}
