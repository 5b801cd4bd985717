package org.gongshi.catalog;

import jakarta.persistence.EntityManager;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the standard catalog, on entity managers the caller opened: how a division's effective
 * catalog is made (template → county push → own adaptation), and how a county pushes and a tenant adapts.
 *
 * <p><b>Push versus adaptation.</b> A push never overwrites what a tenant chose. A tenant's new name
 * and its switch (enabled/disabled) stay; every other field (content, legal basis, rule, responsible
 * body, channels, audience, mode, mandatory) follows the county, since a tenant cannot change those.
 * When the county pushes a newer revision of an item a tenant adapted, the item is marked "上级目录已更新"
 * ({@link CatalogItem#upstreamChanged()}) until the tenant reviews it: it keeps its adaptation (any
 * change, or {@code review}) or resets to the county's version. One exception, for the law's sake: an
 * item the county makes mandatory is enabled again even if the tenant had disabled it.
 */
final class CatalogBook {

    /** Keys of items a tenant adds: {@code own-1}, {@code own-2}, … */
    static final String OWN_PREFIX = "own-";

    private CatalogBook() {
    }

    /** The county whose pushes reach {@code division}: the county-level code above (or equal to) it; none above county level. */
    static Optional<DivisionCode> countyOf(DivisionCode division) {
        return division.level().digits() >= DivisionLevel.COUNTY.digits()
                ? Optional.of(DivisionCode.of(division.value().substring(0, DivisionLevel.COUNTY.digits())))
                : Optional.empty();
    }

    /** Pushed items of the divisions the entity manager sees (a county, or a subtree with several counties). */
    static List<PushedCatalogItem> pushes(EntityManager em) {
        return em.createQuery("SELECT p FROM PushedCatalogItem p ORDER BY p.divisionCode, p.firstPushedOn, p.key",
                PushedCatalogItem.class).getResultList();
    }

    static List<PushedCatalogItem> pushesOf(EntityManager em, DivisionCode county) {
        return em.createQuery("SELECT p FROM PushedCatalogItem p WHERE p.divisionCode = :c ORDER BY p.firstPushedOn, p.key",
                PushedCatalogItem.class).setParameter("c", county.value()).getResultList();
    }

    /** Adaptations of the divisions the entity manager sees. */
    static List<CatalogAdaptation> adaptations(EntityManager em) {
        return em.createQuery("SELECT a FROM CatalogAdaptation a ORDER BY a.divisionCode, a.createdOn, a.key",
                CatalogAdaptation.class).getResultList();
    }

    static List<CatalogAdaptation> adaptationsOf(EntityManager em, DivisionCode division) {
        return em.createQuery("SELECT a FROM CatalogAdaptation a WHERE a.divisionCode = :d ORDER BY a.createdOn, a.key",
                CatalogAdaptation.class).setParameter("d", division.value()).getResultList();
    }

    /** One upstream item: the template's or the county's, with its revision and the day it applies from. */
    record Upstream(StandardItem item, int revision, LocalDate since, boolean pushed) {
    }

    /** The items a division of {@code level} receives from above, in catalog order (template order, pushed new items after). */
    static Map<String, Upstream> upstream(CatalogLevel level, List<PushedCatalogItem> countyPushes) {
        StandardCatalog seed = StandardCatalog.seed();
        Map<String, Upstream> items = new LinkedHashMap<>();
        for (StandardItem item : seed.forLevel(level)) {
            items.put(item.key(), new Upstream(item, 0, seed.effectiveFrom(), false));
        }
        for (PushedCatalogItem p : countyPushes) {
            if (!p.levels().contains(level)) {
                continue;
            }
            Upstream before = items.get(p.key());
            LocalDate since = before == null ? p.firstPushedOn() : before.since();
            items.put(p.key(), new Upstream(p.asItem(level), p.revision(), since, true));
        }
        return items;
    }

    /** The effective catalog of {@code division}, disabled items included, in catalog order (own items last). */
    static List<CatalogItem> effective(DivisionCode division, List<PushedCatalogItem> countyPushes,
                                       List<CatalogAdaptation> ownAdaptations) {
        CatalogLevel level = CatalogLevel.of(division.level());
        Map<String, CatalogAdaptation> adapted = new LinkedHashMap<>();
        for (CatalogAdaptation a : ownAdaptations) {
            if (a.divisionCode().equals(division.value())) {
                adapted.put(a.key(), a);
            }
        }
        List<CatalogItem> result = new ArrayList<>();
        for (Upstream up : upstream(level, countyPushes).values()) {
            CatalogAdaptation a = adapted.remove(up.item().key());
            if (a != null && a.own()) {
                // An own item whose key the county later used: the county's item wins, the own one stays listed after.
                adapted.put(a.key(), a);
                a = null;
            }
            result.add(item(division, up, a));
        }
        for (CatalogAdaptation a : adapted.values()) {
            if (a.own()) {
                StandardItem own = a.asOwnItem(level);
                result.add(new CatalogItem(division.value(), own.key(), level, own.level1(), own.level2(), own.level2(),
                        own.contentElements(), own.legalBasis(), own.rule(), own.responsible(), own.channels(),
                        own.audience(), own.mode(), false, CatalogItem.Origin.OWN, !a.disabled(), a.disabled(), false,
                        0, a.createdOn(), a.version()));
            }
            // An adaptation of an item no longer upstream (cannot happen with today's rules) is ignored.
        }
        return List.copyOf(result);
    }

    private static CatalogItem item(DivisionCode division, Upstream up, CatalogAdaptation a) {
        StandardItem s = up.item();
        String level2 = a != null && a.level2() != null ? a.level2() : s.level2();
        boolean disabled = a != null && a.disabled() && !s.mandatory();
        boolean adaptedNow = a != null && (a.level2() != null || a.disabled());
        boolean changed = a != null && adaptedNow && a.baseRevision() < up.revision();
        return new CatalogItem(division.value(), s.key(), s.level(), s.level1(), level2, s.level2(), s.contentElements(),
                s.legalBasis(), s.rule(), s.responsible(), s.channels(), s.audience(), s.mode(), s.mandatory(),
                up.pushed() ? CatalogItem.Origin.PUSHED : CatalogItem.Origin.STANDARD, !disabled, adaptedNow, changed,
                up.revision(), up.since(), a == null ? 0 : a.version());
    }

    /** What a tenant asks to change on one item; null fields stay. {@code review}: keep the adaptation, clear "上级目录已更新". */
    record Adapt(String level2, Boolean enabled, boolean review) {
    }

    /** Renames, switches or reviews one item of {@code division}'s catalog (the tenant's adaptation). */
    static CatalogAdaptation adapt(EntityManager em, DivisionCode division, List<PushedCatalogItem> countyPushes,
                                   String key, Adapt change, long expectedVersion, String by, Instant at, LocalDate today) {
        Objects.requireNonNull(change, "Change is required.");
        List<CatalogAdaptation> rows = adaptationsOf(em, division);
        List<CatalogItem> items = effective(division, countyPushes, rows);
        CatalogItem item = items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("error.catalog.item-not-found"));
        if (item.version() != expectedVersion) {
            throw new ConcurrentEdit();
        }
        CatalogAdaptation row = rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
        if (row == null) {
            row = new CatalogAdaptation(division, key, item.upstreamRevision(), by, at, today);
            em.persist(row);
        }
        if (change.level2() != null) {
            String name = CatalogTexts.required(change.level2(), CatalogTexts.NAME_MAX, "level2");
            requireUniqueName(items, item.level1(), name, key);
            row.rename(name.equals(item.standardLevel2()) && !item.origin().equals(CatalogItem.Origin.OWN) ? null : name);
        }
        if (change.enabled() != null) {
            if (!change.enabled() && item.mandatory()) {
                throw new InvalidInput("error.catalog.mandatory", item.level2());
            }
            row.setDisabled(!change.enabled());
        }
        // Any explicit change by the tenant is its review of the item as it is now upstream.
        row.reviewed(item.upstreamRevision());
        row.touch(by, at);
        return row;
    }

    /** Drops the tenant's adaptation of an upstream item: name and switch follow the county (or the template) again. */
    static CatalogAdaptation reset(EntityManager em, DivisionCode division, String key, long expectedVersion) {
        CatalogAdaptation row = adaptationsOf(em, division).stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("error.catalog.not-adapted"));
        if (row.own()) {
            throw new InvalidInput("error.catalog.own-item-reset");
        }
        if (row.version() != expectedVersion) {
            throw new ConcurrentEdit();
        }
        em.remove(row);
        return row;
    }

    /** An item of the division's own, under a generated key {@code own-N}. */
    static CatalogAdaptation addOwn(EntityManager em, DivisionCode division, List<PushedCatalogItem> countyPushes,
                                    CatalogDraft draft, String by, Instant at, LocalDate today) {
        List<CatalogAdaptation> rows = adaptationsOf(em, division);
        List<CatalogItem> items = effective(division, countyPushes, rows);
        requireUniqueName(items, draft.level1(), draft.level2(), null);
        int next = 1;
        for (CatalogAdaptation r : rows) {
            if (r.key().startsWith(OWN_PREFIX)) {
                try {
                    next = Math.max(next, Integer.parseInt(r.key().substring(OWN_PREFIX.length())) + 1);
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        CatalogAdaptation own = CatalogAdaptation.ownItem(division, draft.withKey(OWN_PREFIX + next), by, at, today);
        em.persist(own);
        return own;
    }

    /**
     * A county pushes an item to its subtree: a new key (or none: {@code county-N} is generated) adds an
     * item; the key of a template or earlier pushed item changes it (a new revision).
     */
    static PushedCatalogItem push(EntityManager em, DivisionCode county, CatalogDraft draft, String by, Instant at,
                                  LocalDate today) {
        if (county.level() != DivisionLevel.COUNTY) {
            throw new InvalidInput("error.catalog.push-county-only");
        }
        List<PushedCatalogItem> existing = pushesOf(em, county);
        String key = draft.key();
        if (key == null) {
            int next = 1;
            for (PushedCatalogItem p : existing) {
                if (p.key().startsWith("county-")) {
                    try {
                        next = Math.max(next, Integer.parseInt(p.key().substring("county-".length())) + 1);
                    } catch (NumberFormatException ignored) {
                        // a key the county chose
                    }
                }
            }
            key = "county-" + next;
        } else if (key.startsWith(OWN_PREFIX)) {
            throw new InvalidInput("error.catalog.key-invalid");
        }
        CatalogDraft keyed = draft.withKey(key);
        final String k = key;
        Optional<PushedCatalogItem> earlier = existing.stream().filter(p -> p.key().equals(k)).findFirst();
        if (earlier.isPresent()) {
            earlier.get().change(keyed, by, at);
            return earlier.get();
        }
        PushedCatalogItem pushed = new PushedCatalogItem(county, keyed, by, at, today);
        em.persist(pushed);
        return pushed;
    }

    private static void requireUniqueName(List<CatalogItem> items, String level1, String level2, String exceptKey) {
        for (CatalogItem i : items) {
            if (!i.key().equals(exceptKey) && i.level1().equals(level1) && i.level2().equals(level2)) {
                throw new InvalidInput("error.catalog.name-taken", level2);
            }
        }
    }
}
