package org.gongshi.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which catalog items divisions have not kept up to date (Regulation Art. 26; the website checks of
 * 国办秘函〔2019〕19号 count a column not updated as a "zombie column"). For each enabled proactive item of
 * each division's effective catalog, the due date comes from the item's {@link UpdateRule}: after the
 * last publication of a notice filed under the item, or — never published — from the day the item
 * entered the catalog. An item is overdue on {@code today} when today is after its due date.
 *
 * <p>Cost: one query for the pushed items, one for the subtree's adaptations and one aggregate of last
 * publications per division and item ({@link CatalogPublications}), whatever the number of divisions;
 * the rest is computed in memory.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class CatalogCompliance {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    OfficialCalendar calendar;

    @Inject
    Instance<CatalogPublications> publications;

    /**
     * Items overdue on {@code today} for every division in the subtree of {@code root} (or root alone if a
     * village), computed from published notices filed under each item and the item's update rule. Caller
     * must be allowed to read root (county supervisor: its county; staff: own division).
     */
    public List<OverdueCatalogItem> overdue(DivisionCode root, LocalDate today) {
        Objects.requireNonNull(root, "Division is required.");
        Objects.requireNonNull(today, "Day is required.");
        StaffIdentity me = callers.current();
        if (!me.readScope().canRead(root)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (DivisionDirectory.seed().find(root).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        // Staff of a town read the town alone (their scope); a county supervisor the subtree.
        TenantScope scope = me.has(StaffRole.COUNTY_SUPERVISOR) ? TenantScope.subtreeReadOnly(root) : TenantScope.own(root);
        List<DivisionCode> divisions = scope.access() == TenantScope.Access.OWN ? List.of(root) : subtree(root);
        List<PushedCatalogItem> pushes;
        List<CatalogAdaptation> adaptations;
        Map<CatalogPublications.Filed, LocalDate> last;
        try (EntityManager em = data.open(scope)) {
            adaptations = CatalogBook.adaptations(em);
            last = publications().lastPublished(em);
            pushes = root.level().digits() <= DivisionLevel.COUNTY.digits() ? CatalogBook.pushes(em) : List.of();
        }
        if (root.level().digits() > DivisionLevel.COUNTY.digits()) {
            DivisionCode county = CatalogBook.countyOf(root).orElseThrow();
            try (EntityManager em = data.open(TenantScope.own(county))) {
                pushes = CatalogBook.pushesOf(em, county);
            }
        }
        return compute(divisions, pushes, adaptations, last, calendar.workingDays(), today);
    }

    private CatalogPublications publications() {
        return publications != null && publications.isResolvable() ? publications.get() : CatalogPublications.NONE;
    }

    static List<DivisionCode> subtree(DivisionCode root) {
        DivisionDirectory directory = DivisionDirectory.seed();
        List<DivisionCode> result = new ArrayList<>();
        List<DivisionCode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            DivisionCode next = todo.removeLast();
            result.add(next);
            for (Division child : directory.children(next)) {
                todo.add(child.code());
            }
        }
        result.sort(Comparator.naturalOrder());
        return result;
    }

    /** The overdue items of {@code divisions}, in division then catalog order; pure computation. */
    static List<OverdueCatalogItem> compute(List<DivisionCode> divisions, List<PushedCatalogItem> pushes,
                                            List<CatalogAdaptation> adaptations,
                                            Map<CatalogPublications.Filed, LocalDate> lastPublished,
                                            WorkingDays workingDays, LocalDate today) {
        Map<String, List<PushedCatalogItem>> pushesByCounty = new HashMap<>();
        for (PushedCatalogItem p : pushes) {
            pushesByCounty.computeIfAbsent(p.county().value(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<CatalogAdaptation>> adaptationsByDivision = new HashMap<>();
        for (CatalogAdaptation a : adaptations) {
            adaptationsByDivision.computeIfAbsent(a.divisionCode(), k -> new ArrayList<>()).add(a);
        }
        // Divisions at the same level under the same county share their upstream dates: cache the due dates.
        Map<String, LocalDate> dueCache = new HashMap<>();
        List<OverdueCatalogItem> result = new ArrayList<>();
        for (DivisionCode division : divisions) {
            List<PushedCatalogItem> countyPushes = CatalogBook.countyOf(division)
                    .map(c -> pushesByCounty.getOrDefault(c.value(), List.of())).orElse(List.of());
            List<CatalogItem> items = CatalogBook.effective(division, countyPushes,
                    adaptationsByDivision.getOrDefault(division.value(), List.of()));
            for (CatalogItem item : items) {
                if (!item.enabled() || item.mode() != DisclosureMode.PROACTIVE) {
                    continue;
                }
                LocalDate last = lastPublished.get(new CatalogPublications.Filed(division.value(), item.key()));
                LocalDate due = last != null ? item.rule().nextDue(last, workingDays)
                        : dueCache.computeIfAbsent(item.rule().code() + "@" + item.since(),
                        k -> orMax(item.rule().firstDue(item.since(), workingDays)));
                if (due != null && due != LocalDate.MAX && today.isAfter(due)) {
                    result.add(new OverdueCatalogItem(division, item.key(), item.level1(), item.level2(),
                            item.ruleText(), due, last));
                }
            }
        }
        return List.copyOf(result);
    }

    /** HashMap.computeIfAbsent keeps no null: MAX stands for "no due date". */
    private static LocalDate orMax(LocalDate date) {
        return date == null ? LocalDate.MAX : date;
    }
}
