package org.gongshi.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;

import java.util.List;

/**
 * Checks that a notice is filed under an enabled item of its division's effective catalog. A draft may
 * still have none; a notice goes to review only with one ({@link #requireFiled}).
 */
@ApplicationScoped
public class CatalogKeys {

    @Inject
    TenantData data;

    /** Refuses (422) a key that is not an enabled item of {@code division}'s catalog; none is fine for a draft. */
    public void requireKnownIfGiven(DivisionCode division, String itemKey) {
        if (itemKey != null && !itemKey.isBlank()) {
            requireFiled(division, itemKey);
        }
    }

    /** Refuses (422) a notice without a catalog item, or with one its division's catalog does not hold (enabled). */
    public void requireFiled(DivisionCode division, String itemKey) {
        if (itemKey == null || itemKey.isBlank()) {
            throw new CatalogItemRequired("error.catalog.notice-item-required");
        }
        String key = itemKey.strip();
        boolean known = items(division).stream().anyMatch(i -> i.key().equals(key) && i.enabled());
        if (!known) {
            throw new CatalogItemRequired("error.catalog.notice-item-unknown", key);
        }
    }

    /** The effective catalog of {@code division}, read on the explicit catalog path (own rows, the county's pushes). */
    List<CatalogItem> items(DivisionCode division) {
        List<PushedCatalogItem> pushes = List.of();
        var county = CatalogBook.countyOf(division);
        if (county.isPresent()) {
            try (EntityManager em = data.open(TenantScope.own(county.get()))) {
                pushes = CatalogBook.pushesOf(em, county.get());
            }
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return CatalogBook.effective(division, pushes, CatalogBook.adaptationsOf(em, division));
        }
    }
}
