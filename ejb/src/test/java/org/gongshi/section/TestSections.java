package org.gongshi.section;

import jakarta.persistence.EntityManager;
import org.gongshi.tenancy.DivisionCode;

/** Package-private steps of the section capability, for tests in other packages. */
public final class TestSections {

    private TestSections() {
    }

    public static void add(EntityManager em, DivisionCode division, String name) {
        SectionBoard.add(em, division, name);
    }
}
