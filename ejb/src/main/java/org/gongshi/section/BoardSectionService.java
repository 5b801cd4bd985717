package org.gongshi.section;

import jakarta.annotation.security.PermitAll;
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
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The sections (栏目) of a division's board. Anyone reads the visible ones (the public board);
 * staff of the division (and the county supervisor above it) read all of them; a tenant
 * administrator changes them for their own division and for every division below it — an explicit
 * administration path, audited in the division whose board changes.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class BoardSectionService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    /** Tells the public board (its cached pages) that the sections changed. */
    @Inject
    jakarta.enterprise.event.Event<SectionsChanged> sectionsChanged;

    @Inject
    Clock clock;

    /** The sections residents see, in board order. */
    @PermitAll
    public List<SectionView> visibleSections(DivisionCode division) {
        requireKnown(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return SectionBoard.list(em, division).stream().filter(s -> !s.hidden()).toList();
        }
    }

    /** Every section of the division, hidden ones included, for its staff and administrators. */
    public List<SectionView> sections(DivisionCode division) {
        StaffIdentity me = callers.current();
        if (!me.readScope().canRead(division) && !administers(me, division)) {
            throw new AccessDenied("error.access.other-division");
        }
        requireKnown(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return SectionBoard.list(em, division);
        }
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView add(DivisionCode division, String name) {
        StaffIdentity me = admin(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            BoardSection added = guarded(() -> SectionBoard.add(em, division, name));
            audit.record(em, division, clock.instant(), me.username(), "section.added", added.id(),
                    "key=" + added.key() + "; name=" + added.name());
            flush(em);
            sectionsChanged.fire(new SectionsChanged(division));
            return SectionView.of(added);
        }
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView rename(DivisionCode division, String key, String name, long expectedVersion) {
        return change(division, key, new SectionBoard.Change(name, null, null), expectedVersion);
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView move(DivisionCode division, String key, int newPosition, long expectedVersion) {
        return change(division, key, new SectionBoard.Change(null, newPosition, null), expectedVersion);
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView hide(DivisionCode division, String key, long expectedVersion) {
        return change(division, key, new SectionBoard.Change(null, null, true), expectedVersion);
    }

    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView show(DivisionCode division, String key, long expectedVersion) {
        return change(division, key, new SectionBoard.Change(null, null, false), expectedVersion);
    }

    /** Any of rename, move, hide/show in one transaction; {@code null} leaves that part as it is. */
    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public SectionView update(DivisionCode division, String key, String name, Integer position, Boolean hidden,
                              long expectedVersion) {
        return change(division, key, new SectionBoard.Change(name, position, hidden), expectedVersion);
    }

    private SectionView change(DivisionCode division, String key, SectionBoard.Change change, long expectedVersion) {
        StaffIdentity me = admin(division);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            BoardSection section = guarded(() -> SectionBoard.change(em, division, key, change, expectedVersion));
            audit.record(em, division, clock.instant(), me.username(), "section.changed", section.id(),
                    describe(key, change));
            flush(em);
            sectionsChanged.fire(new SectionsChanged(division));
            return SectionView.of(section);
        }
    }

    private static String describe(String key, SectionBoard.Change change) {
        StringBuilder text = new StringBuilder("key=").append(key);
        if (change.name() != null) {
            text.append("; name=").append(change.name().strip());
        }
        if (change.position() != null) {
            text.append("; position=").append(change.position());
        }
        if (change.hidden() != null) {
            text.append("; hidden=").append(change.hidden());
        }
        return text.toString();
    }

    private StaffIdentity admin(DivisionCode division) {
        StaffIdentity me = callers.current();
        if (!administers(me, division)) {
            throw new AccessDenied("error.access.other-division");
        }
        requireKnown(division);
        return me;
    }

    /** The explicit administration path: a tenant administrator, for their division or any below it. */
    static boolean administers(StaffIdentity me, DivisionCode division) {
        return me.has(StaffRole.TENANT_ADMIN) && me.division().contains(division);
    }

    private static void requireKnown(DivisionCode division) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
    }

    /** A lost race — a stale version, or two first changes storing the defaults at once — is a clear refusal. */
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

    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConcurrentEdit();
            }
            throw e;
        }
    }

    static boolean lostRace(Throwable e) {
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
