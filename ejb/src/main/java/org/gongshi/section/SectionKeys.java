package org.gongshi.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;

/**
 * Checks that a notice's section is one of its division's section keys (hidden ones included, so
 * that a draft filed before a section was hidden can still be revised). No section at all is fine:
 * the notice then shows under 其他 on the board.
 */
@ApplicationScoped
public class SectionKeys {

    @Inject
    TenantData data;

    public void requireKnown(DivisionCode division, String sectionKey) {
        if (sectionKey == null || sectionKey.isBlank()) {
            return;
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            if (!SectionBoard.isKnown(em, division, sectionKey.strip())) {
                throw new InvalidInput("error.section.unknown", sectionKey.strip());
            }
        }
    }
}
