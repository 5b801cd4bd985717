package org.gongshi.calendar;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The loaded years in the database ({@code HOLIDAY_DAY}), on an entity manager of
 * {@code TenantData.openNational()}: replacing years wholly, and the schedule they make.
 */
final class HolidayYearStore {

    private HolidayYearStore() {
    }

    /** Replaces every year {@code loaded} covers by its days. */
    static void replace(EntityManager em, HolidaySchedule loaded, String by, Instant at) {
        em.createQuery("DELETE FROM HolidayDay d WHERE d.year IN :years")
                .setParameter("years", List.copyOf(loaded.years()))
                .executeUpdate();
        loaded.holidays().forEach((day, name) -> em.persist(new HolidayDay(day, HolidayDay.Kind.HOLIDAY, name, by, at)));
        loaded.makeUpWorkdays().forEach((day, name) -> em.persist(new HolidayDay(day, HolidayDay.Kind.MAKE_UP_WORKDAY, name, by, at)));
        em.flush();
    }

    /** Every loaded day, in date order (a loaded year always has at least one: the parser insists). */
    static List<HolidayDay> all(EntityManager em) {
        return em.createQuery("SELECT d FROM HolidayDay d ORDER BY d.date", HolidayDay.class).getResultList();
    }

    /** Row count and greatest id: every load writes new rows with new, time-ordered (UUIDv7) ids. */
    static String fingerprint(EntityManager em) {
        Object[] row = em.createQuery("SELECT COUNT(d), MAX(d.id) FROM HolidayDay d", Object[].class).getSingleResult();
        return row[0] + "/" + row[1];
    }

    /** The bundled schedule with every loaded year replacing that year wholly. */
    static HolidaySchedule schedule(EntityManager em) {
        List<HolidayDay> days = all(em);
        HolidaySchedule result = HolidaySchedule.bundled();
        if (days.isEmpty()) {
            return result;
        }
        Map<LocalDate, String> off = new TreeMap<>();
        Map<LocalDate, String> on = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (HolidayDay d : days) {
            (d.kind() == HolidayDay.Kind.HOLIDAY ? off : on).put(d.date(), d.name());
            years.add(d.year());
        }
        return result.with(HolidaySchedule.of(off, on, years));
    }
}
