package org.gongshi.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official holiday schedule's years: which are known (bundled or loaded) and loading a new
 * year's schedule from the file it is published in. Only a tenant administrator or the county
 * supervisor loads — the schedule is national, so any of them may; each load is audited in the
 * loader's own division.
 */
@Stateless
@RolesAllowed({StaffRole.Names.TENANT_ADMIN, StaffRole.Names.COUNTY_SUPERVISOR})
public class HolidayYearService {

    /** Audit subject of a loaded year: {@code calendar-2027}. */
    static final String SUBJECT_PREFIX = "calendar-";

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<HolidayYearsLoaded> loaded;

    /** The schedule in force: bundled, with loaded years replacing theirs. Read by every caller's calendar. */
    @PermitAll
    public HolidaySchedule schedule() {
        try (EntityManager em = data.openNational()) {
            return HolidayYearStore.schedule(em);
        }
    }

    /** What changes with every load (row count and newest id): another server's load shows here. */
    @PermitAll
    public String fingerprint() {
        try (EntityManager em = data.openNational()) {
            return HolidayYearStore.fingerprint(em);
        }
    }

    /** Every known year, oldest first. */
    public List<HolidayYear> years() {
        callers.current();
        try (EntityManager em = data.openNational()) {
            return years(HolidaySchedule.bundled(), HolidayYearStore.all(em));
        }
    }

    /** Loads {@code content} (chinese-days JSON or iCalendar); {@code declaredYear} may be null. */
    public HolidayYearLoad load(byte[] content, Integer declaredYear) {
        StaffIdentity me = callers.current();
        HolidayFiles.Parsed parsed = HolidayFiles.read(content, declaredYear);
        Instant now = clock.instant();
        List<HolidayYear> answer;
        try (EntityManager national = data.openNational()) {
            HolidayYearStore.replace(national, parsed.schedule(), me.username(), now);
            answer = years(HolidaySchedule.bundled(), HolidayYearStore.all(national)).stream()
                    .filter(y -> parsed.schedule().knows(y.year()))
                    .toList();
        }
        try (EntityManager em = data.open(TenantScope.own(me.division()))) {
            for (HolidayYear y : answer) {
                audit.record(em, me.division(), now, me.username(), "calendar.year-loaded", SUBJECT_PREFIX + y.year(),
                        "format=" + parsed.format() + ", holidays=" + y.holidays() + ", makeUpWorkdays=" + y.makeUpWorkdays());
            }
            em.flush();
        }
        loaded.fire(new HolidayYearsLoaded(parsed.schedule().years()));
        return new HolidayYearLoad(parsed.format(), answer);
    }

    static List<HolidayYear> years(HolidaySchedule bundled, List<HolidayDay> loadedDays) {
        Map<Integer, List<HolidayDay>> byYear = new TreeMap<>();
        for (HolidayDay d : loadedDays) {
            byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d);
        }
        Map<Integer, HolidayYear> result = new TreeMap<>();
        for (int year : bundled.years()) {
            int y = year;
            result.put(year, new HolidayYear(year, HolidayYear.BUNDLED,
                    (int) bundled.holidays().keySet().stream().filter(d -> d.getYear() == y).count(),
                    (int) bundled.makeUpWorkdays().keySet().stream().filter(d -> d.getYear() == y).count(), null, null));
        }
        byYear.forEach((year, days) -> {
            int off = (int) days.stream().filter(d -> d.kind() == HolidayDay.Kind.HOLIDAY).count();
            HolidayDay first = days.getFirst();
            result.put(year, new HolidayYear(year, HolidayYear.LOADED, off, days.size() - off, first.loadedBy(), first.loadedAt()));
        });
        return List.copyOf(result.values());
    }
}
