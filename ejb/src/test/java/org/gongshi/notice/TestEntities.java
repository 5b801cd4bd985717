package org.gongshi.notice;

import org.gongshi.tenancy.DivisionCode;

/** Package-private constructors of the notice capability, for tests in other packages. */
public final class TestEntities {

    private TestEntities() {
    }

    public static ReviewPolicy reviewPolicy(DivisionCode division, int levels) {
        return new ReviewPolicy(division, levels);
    }

    public static IndexCounter indexCounter(DivisionCode division, int year) {
        return new IndexCounter(division, year);
    }
}
