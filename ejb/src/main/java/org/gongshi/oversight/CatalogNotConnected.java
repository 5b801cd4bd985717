package org.gongshi.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalog factor until the standard catalog (feat/catalog, {@code CatalogCompliance}) is merged:
 * not assessed, shown as 目录未接入 — never as "nothing overdue".
 */
@ApplicationScoped
public class CatalogNotConnected implements CatalogFactor {

    @Override
    public Optional<List<Overdue>> overdue(DivisionCode root, LocalDate asOf) {
        return Optional.empty();
    }
}
