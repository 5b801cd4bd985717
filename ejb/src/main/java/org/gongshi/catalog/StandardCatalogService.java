package org.gongshi.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The standard catalog's use cases. Staff of a division (and the county supervisor above it) read its
 * effective catalog; the division's tenant administrator adapts it (renames, switches off a non-mandatory
 * item, adds an own item, resets or reviews an item); the county office (tenant administrator or
 * supervisor of a county) pushes new or changed items to every division beneath it — an explicit
 * county path, audited in the county. Every change is audited in the division whose catalog changes.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class StandardCatalogService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogKeys keys;

    @Inject
    Clock clock;

    /** The division's effective catalog, disabled items included (see {@link CatalogItem#enabled()}). */
    public List<CatalogItem> catalog(DivisionCode division) {
        StaffIdentity me = callers.current();
        if (!me.readScope().canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        requireKnown(division);
        return keys.items(division);
    }

    /** What the county hands down to divisions of {@code level}: the template with the county's pushes. */
    public List<CatalogItem> upstream(DivisionCode county, CatalogLevel level) {
        StaffIdentity me = callers.current();
        if (!me.readScope().canRead(county) || county.level() != DivisionLevel.COUNTY) {
            throw new AccessDenied("error.access.other-division");
        }
        try (EntityManager em = data.open(TenantScope.own(county))) {
            List<PushedCatalogItem> pushes = CatalogBook.pushesOf(em, county);
            return CatalogBook.upstream(level, pushes).values().stream().map(up -> new CatalogItem(county.value(),
                    up.item().key(), level, up.item().level1(), up.item().level2(), up.item().level2(),
                    up.item().contentElements(), up.item().legalBasis(), up.item().rule(), up.item().responsible(),
                    up.item().channels(), up.item().audience(), up.item().mode(), up.item().mandatory(),
                    up.pushed() ? CatalogItem.Origin.PUSHED : CatalogItem.Origin.STANDARD, true, false, false,
                    up.revision(), up.since(), 0)).toList();
        }
    }

    /** Renames ({@code level2}), switches ({@code enabled}) or reviews one item of the administrator's own catalog. */
    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public CatalogItem adapt(DivisionCode division, String key, String level2, Boolean enabled, boolean review,
                             long expectedVersion) {
        StaffIdentity me = admin(division);
        List<PushedCatalogItem> pushes = countyPushes(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            CatalogAdaptation row = guarded(() -> CatalogBook.adapt(em, division, pushes, key,
                    new CatalogBook.Adapt(level2, enabled, review), expectedVersion, me.username(), clock.instant(), today()));
            audit.record(em, division, clock.instant(), me.username(), "catalog.item-adapted", row.id(),
                    "key=" + key + (level2 != null ? "; level2=" + level2.strip() : "")
                            + (enabled != null ? "; enabled=" + enabled : "") + (review ? "; reviewed" : ""));
            flush(em);
            return find(CatalogBook.effective(division, pushes, CatalogBook.adaptationsOf(em, division)), key);
        }
    }

    /** Drops the administrator's adaptation of an upstream item: it follows the county (or the template) again. */
    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public CatalogItem reset(DivisionCode division, String key, long expectedVersion) {
        StaffIdentity me = admin(division);
        List<PushedCatalogItem> pushes = countyPushes(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            CatalogAdaptation row = guarded(() -> CatalogBook.reset(em, division, key, expectedVersion));
            audit.record(em, division, clock.instant(), me.username(), "catalog.item-reset", row.id(), "key=" + key);
            flush(em);
            return find(CatalogBook.effective(division, pushes, CatalogBook.adaptationsOf(em, division)), key);
        }
    }

    /** Adds an item of the division's own ({@code own-N}). */
    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public CatalogItem addOwn(DivisionCode division, CatalogDraft draft) {
        StaffIdentity me = admin(division);
        List<PushedCatalogItem> pushes = countyPushes(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            CatalogAdaptation row = guarded(() -> CatalogBook.addOwn(em, division, pushes, draft, me.username(),
                    clock.instant(), today()));
            audit.record(em, division, clock.instant(), me.username(), "catalog.item-added", row.id(),
                    "key=" + row.key() + "; level1=" + draft.level1() + "; level2=" + draft.level2());
            flush(em);
            return find(CatalogBook.effective(division, pushes, CatalogBook.adaptationsOf(em, division)), row.key());
        }
    }

    /**
     * The county pushes a new or changed item to every division beneath it at the draft's levels. Only
     * the county office (its tenant administrator or supervisor), for its own county; towns and villages
     * cannot push.
     */
    @RolesAllowed({StaffRole.Names.TENANT_ADMIN, StaffRole.Names.COUNTY_SUPERVISOR})
    public PushResult push(DivisionCode county, CatalogDraft draft) {
        StaffIdentity me = callers.current();
        if (!me.division().equals(county) || county.level() != DivisionLevel.COUNTY) {
            throw new AccessDenied("error.catalog.push-denied");
        }
        requireKnown(county);
        try (EntityManager em = data.open(TenantScope.own(county))) {
            PushedCatalogItem pushed = guarded(() -> CatalogBook.push(em, county, draft, me.username(), clock.instant(), today()));
            flush(em);
            audit.record(em, county, clock.instant(), me.username(), "catalog.pushed", pushed.id(),
                    "key=" + pushed.key() + "; revision=" + pushed.revision() + "; levels=" + draft.levels()
                            + "; level2=" + draft.level2() + "; rule=" + draft.rule().code());
            flush(em);
            return new PushResult(county.value(), pushed.key(), pushed.revision(), pushed.revision() == 1);
        }
    }

    /** What a push did: {@code created} for a new item, else a new revision of an existing one. */
    public record PushResult(String county, String key, int revision, boolean created) {
    }

    private List<PushedCatalogItem> countyPushes(DivisionCode division) {
        var county = CatalogBook.countyOf(division);
        if (county.isEmpty()) {
            return List.of();
        }
        try (EntityManager em = data.open(TenantScope.own(county.get()))) {
            return CatalogBook.pushesOf(em, county.get());
        }
    }

    private static CatalogItem find(List<CatalogItem> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("error.catalog.item-not-found"));
    }

    /** A tenant administrator adapts exactly their own division's catalog. */
    private StaffIdentity admin(DivisionCode division) {
        StaffIdentity me = callers.current();
        if (!me.has(StaffRole.TENANT_ADMIN) || !me.division().equals(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        requireKnown(division);
        return me;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void requireKnown(DivisionCode division) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
    }

    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
