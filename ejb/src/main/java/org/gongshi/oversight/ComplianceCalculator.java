package org.gongshi.oversight;

import org.gongshi.section.DefaultSections;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.TenantScope;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the facts of a scope into each tenant's score and findings; pure, no database. */
final class ComplianceCalculator {

    private ComplianceCalculator() {
    }

    /** The tenants a scope covers: the division itself, and for a subtree everything beneath it, in tree order. */
    static List<Division> tenants(DivisionDirectory directory, TenantScope scope) {
        List<Division> out = new ArrayList<>();
        Division root = directory.require(scope.division());
        out.add(root);
        if (scope.access() == TenantScope.Access.SUBTREE_READ_ONLY) {
            addBeneath(directory, root.code(), out);
        }
        return out;
    }

    private static void addBeneath(DivisionDirectory directory, DivisionCode code, List<Division> out) {
        for (Division child : directory.children(code)) {
            out.add(child);
            addBeneath(directory, child.code(), out);
        }
    }

    static ComplianceReport compute(List<Division> tenants, String rootCode, LocalDate asOf, ComplianceFacts facts,
                                    Optional<List<CatalogFactor.Overdue>> catalog) {
        List<ComplianceItem> items = new ArrayList<>();
        Map<String, Integer> catalogCount = new HashMap<>();
        Map<String, Integer> zombieCount = new HashMap<>();
        Map<String, Integer> requestCount = new HashMap<>();
        Map<String, Integer> rereviewCount = new HashMap<>();
        java.util.Set<String> inScope = new java.util.HashSet<>();
        tenants.forEach(t -> inScope.add(t.code().value()));

        catalog.ifPresent(list -> list.stream().filter(o -> inScope.contains(o.divisionCode())).forEach(o -> {
            catalogCount.merge(o.divisionCode(), 1, Integer::sum);
            items.add(new ComplianceItem(Factor.CATALOG_OVERDUE, o.divisionCode(), o.itemKey(),
                    o.level1() + " › " + o.level2(), o.dueDate(),
                    o.rule() + "；" + (o.lastPublished() == null ? "从未公开" : "上次公开 " + o.lastPublished())));
        }));
        for (Division tenant : tenants) {
            String code = tenant.code().value();
            for (var section : sections(tenant, facts)) {
                int days = ComplianceRules.zombieDays(section.key());
                LocalDate last = facts.lastPublished().get(ComplianceFacts.sectionKey(code, section.key()));
                if (last == null || ChronoUnit.DAYS.between(last, asOf) > days) {
                    zombieCount.merge(code, 1, Integer::sum);
                    items.add(new ComplianceItem(Factor.ZOMBIE_SECTION, code, section.key(), section.name(),
                            last == null ? null : last.plusDays(days),
                            (last == null ? "从未更新" : "上次更新 " + last) + "；更新周期" + days + "日"));
                }
            }
        }
        for (var r : facts.overdueRequests()) {
            if (inScope.contains(r.divisionCode())) {
                requestCount.merge(r.divisionCode(), 1, Integer::sum);
                items.add(new ComplianceItem(Factor.REQUEST_OVERDUE, r.divisionCode(), r.id(), r.receiptNumber(),
                        r.dueOn(), "逾期" + ChronoUnit.DAYS.between(r.dueOn(), asOf) + "日"));
            }
        }
        for (var n : facts.rereviewsDue()) {
            if (inScope.contains(n.divisionCode())) {
                rereviewCount.merge(n.divisionCode(), 1, Integer::sum);
                items.add(new ComplianceItem(Factor.REREVIEW_DUE, n.divisionCode(), n.id(), n.title(),
                        n.rereviewOn(), "复审日期 " + n.rereviewOn()));
            }
        }
        List<TenantCompliance> scores = new ArrayList<>(tenants.size());
        for (Division tenant : tenants) {
            String code = tenant.code().value();
            List<Deduction> deductions = ComplianceRules.deductions(
                    catalog.isPresent() ? catalogCount.getOrDefault(code, 0) : null,
                    zombieCount.getOrDefault(code, 0), requestCount.getOrDefault(code, 0),
                    rereviewCount.getOrDefault(code, 0));
            int score = ComplianceRules.score(deductions);
            scores.add(new TenantCompliance(code, tenant.name(), tenant.level(),
                    tenant.parentCode() == null ? null : tenant.parentCode().value(), score,
                    ComplianceRules.colour(score), deductions));
        }
        return new ComplianceReport(rootCode, asOf, catalog.isPresent(), scores, items);
    }

    /** The sections that count: stored ones if the board was ever changed, else the level's defaults; not hidden, not 其他. */
    private static List<ComplianceFacts.StoredSection> sections(Division tenant, ComplianceFacts facts) {
        List<ComplianceFacts.StoredSection> stored = facts.storedSections().get(tenant.code().value());
        List<ComplianceFacts.StoredSection> all = stored != null ? stored
                : DefaultSections.forLevel(tenant.level()).stream()
                .map(e -> new ComplianceFacts.StoredSection(e.key(), e.name(), false)).toList();
        return all.stream().filter(s -> !s.hidden() && !DefaultSections.OTHER.equals(s.key())).toList();
    }

    /** Days the most overdue request of a tenant is late, as of the report's date; 0 when none. */
    static long mostDaysOverdue(ComplianceReport report, String divisionCode) {
        return report.itemsOf(divisionCode).stream().filter(i -> i.factor() == Factor.REQUEST_OVERDUE)
                .mapToLong(i -> ChronoUnit.DAYS.between(i.dueOn(), report.asOf())).max().orElse(0);
    }
}
