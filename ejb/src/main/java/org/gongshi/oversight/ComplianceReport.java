package org.gongshi.oversight;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The compliance of a division and every tenant beneath it (as far as the caller's scope reaches), as
 * of one date, with the findings behind each deduction. {@code catalogAssessed} is false while the
 * standard catalog is not connected: the catalog factor is then shown as not assessed.
 */
public record ComplianceReport(String rootCode, LocalDate asOf, boolean catalogAssessed,
                               List<TenantCompliance> tenants, List<ComplianceItem> items) {

    public ComplianceReport {
        tenants = List.copyOf(tenants);
        items = List.copyOf(items);
    }

    public Optional<TenantCompliance> tenant(String divisionCode) {
        return tenants.stream().filter(t -> t.divisionCode().equals(divisionCode)).findFirst();
    }

    public List<ComplianceItem> itemsOf(String divisionCode) {
        return items.stream().filter(i -> i.divisionCode().equals(divisionCode)).toList();
    }

    /** Highest score first, ties by division code: the ranking of a bulletin. */
    public List<TenantCompliance> ranking() {
        return tenants.stream().sorted(Comparator.comparingInt(TenantCompliance::score).reversed()
                .thenComparing(TenantCompliance::divisionCode)).toList();
    }
}
