package org.gongshi.oversight;

import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalog factor of compliance, as a port so that oversight does not hang on the catalog's
 * shape: the standard catalog items overdue in a subtree. Empty means the catalog is not connected
 * (the factor is then shown as 目录未接入, never as "nothing overdue").
 */
public interface CatalogFactor {

    /** A catalog item not published within its time limit. {@code lastPublished} may be null. */
    record Overdue(String divisionCode, String itemKey, String level1, String level2, String rule,
                   LocalDate dueDate, LocalDate lastPublished) {
    }

    Optional<List<Overdue>> overdue(DivisionCode root, LocalDate asOf);

    /** The catalog is not connected: nothing is assessed. */
    CatalogFactor NOT_CONNECTED = (root, asOf) -> Optional.empty();
}
