package org.gongshi.oversight;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.catalog.CatalogCompliance;
import org.gongshi.catalog.OverdueCatalogItem;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffRole;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The catalog factor from the standard catalog ({@link CatalogCompliance#overdue}): the overdue items
 * of the subtree, computed by the catalog from the notices filed under each item and its update rule.
 * A caller the catalog does not serve (a role it does not list) gets the factor as not assessed.
 */
@ApplicationScoped
public class CatalogComplianceFactor implements CatalogFactor {

    private static final Logger LOG = Logger.getLogger(CatalogComplianceFactor.class.getName());

    /** The roles {@link CatalogCompliance} serves; asking it for anyone else would be refused. */
    private static final EnumSet<StaffRole> CATALOG_READERS = EnumSet.of(StaffRole.CLERK, StaffRole.REVIEWER,
            StaffRole.REQUEST_OFFICER, StaffRole.COUNTY_SUPERVISOR, StaffRole.TENANT_ADMIN);

    @Inject
    CatalogCompliance catalog;

    @Inject
    Callers callers;

    @Override
    public Optional<List<Overdue>> overdue(DivisionCode root, LocalDate asOf) {
        if (callers.current().roles().stream().noneMatch(CATALOG_READERS::contains)) {
            return Optional.empty();
        }
        List<OverdueCatalogItem> items;
        try {
            items = catalog.overdue(root, asOf);
        } catch (EJBAccessException e) {
            LOG.fine(() -> "Catalog factor not assessed for " + root + ": " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(items.stream().map(i -> new Overdue(i.division().value(), i.itemKey(), i.level1(),
                i.level2(), i.rule(), i.dueDate(), i.lastPublished())).toList());
    }
}
