package org.gongshi.web.http;

import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionLevel;

/**
 * The {@code scope} query parameter of the public catalog: absent for the division's own board,
 * {@code subtree} for the division and every board beneath it. Only counties and towns have
 * anything beneath them; for a village the subtree is its own board.
 */
public final class PublicScope {

    public static final String SUBTREE = "subtree";

    private PublicScope() {
    }

    public static boolean subtree(String scope, DivisionCode division) {
        if (scope == null || scope.isBlank()) {
            return false;
        }
        if (!SUBTREE.equals(scope.strip())) {
            throw new InvalidInput("error.catalog.scope-invalid");
        }
        return division.level() != DivisionLevel.VILLAGE;
    }
}
