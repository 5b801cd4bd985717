package org.gongshi.tenancy;

import java.util.Objects;

/**
 * The data a caller may touch, as a division and a kind of access.
 * <p>
 * Village and town staff work on their own division and see exactly that: a town clerk does not
 * read the villages' drafts, and a village never sees its neighbour. A county office oversees
 * every town and village beneath it, so a county supervisor reads the whole subtree, but only
 * reads: the county does not write the villages' disclosures for them.
 */
public record TenantScope(DivisionCode division, Access access) {

    public enum Access {
        /** Read and write the division itself, nothing above or beneath it. */
        OWN,
        /** Read the division and everything beneath it; write nothing. */
        SUBTREE_READ_ONLY
    }

    public TenantScope {
        Objects.requireNonNull(division, "Division is required.");
        Objects.requireNonNull(access, "Access is required.");
    }

    public static TenantScope own(DivisionCode division) {
        return new TenantScope(division, Access.OWN);
    }

    public static TenantScope subtreeReadOnly(DivisionCode division) {
        return new TenantScope(division, Access.SUBTREE_READ_ONLY);
    }

    public boolean canRead(DivisionCode code) {
        Objects.requireNonNull(code, "Division code is required.");
        return switch (access) {
            case OWN -> division.equals(code);
            case SUBTREE_READ_ONLY -> division.contains(code);
        };
    }

    public boolean canWrite(DivisionCode code) {
        Objects.requireNonNull(code, "Division code is required.");
        return access == Access.OWN && division.equals(code);
    }

    /**
     * The SQL {@code LIKE} pattern the persistence layer matches tenant columns against: the exact
     * code for {@link Access#OWN}, so a town's scope never reaches its villages' rows, and the code
     * followed by {@code %} for {@link Access#SUBTREE_READ_ONLY}, which the prefix nesting of
     * division codes turns into "this division and everything beneath it". Codes are digits only,
     * so no character needs escaping.
     */
    public String likePattern() {
        return switch (access) {
            case OWN -> division.value();
            case SUBTREE_READ_ONLY -> division.value() + "%";
        };
    }
}
