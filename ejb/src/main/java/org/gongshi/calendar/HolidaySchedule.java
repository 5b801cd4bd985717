package org.gongshi.calendar;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The State Council's holiday schedule for the years it is known: which days are off (with the
 * holiday's Chinese name) and which weekend days are make-up working days (调休上班). Immutable; a
 * new year's schedule makes a new instance with {@link #with}.
 */
public final class HolidaySchedule {

    private static final String BUNDLED = "cn-holidays-workdays.json";

    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> makeUpWorkdays;
    private final TreeSet<Integer> years;

    private HolidaySchedule(Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays, TreeSet<Integer> years) {
        this.holidays = Map.copyOf(holidays);
        this.makeUpWorkdays = Map.copyOf(makeUpWorkdays);
        this.years = years;
    }

    /** The schedule shipped with Gongshi (2004–2026, see the README beside the data file). */
    public static HolidaySchedule bundled() {
        try (InputStream in = HolidaySchedule.class.getResourceAsStream(BUNDLED)) {
            Objects.requireNonNull(in, "The bundled holiday schedule is missing.");
            return fromChineseDaysJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the format of the npm package {@code chinese-days}: maps {@code holidays},
     * {@code workdays} (and {@code inLieuDays}, which {@code holidays} already covers) from ISO date
     * to {@code "English name,中文名,length"}. The years covered are those with any entry.
     */
    public static HolidaySchedule fromChineseDaysJson(InputStream in) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonObject root = reader.readObject();
            Map<LocalDate, String> off = dates(root.getJsonObject("holidays"));
            Map<LocalDate, String> on = root.containsKey("workdays") ? dates(root.getJsonObject("workdays")) : Map.of();
            TreeSet<Integer> years = new TreeSet<>();
            off.keySet().forEach(d -> years.add(d.getYear()));
            on.keySet().forEach(d -> years.add(d.getYear()));
            if (years.isEmpty()) {
                throw new IllegalArgumentException("The schedule names no holidays.");
            }
            return new HolidaySchedule(off, on, years);
        } catch (jakarta.json.JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("Not a holiday schedule in the chinese-days format.", e);
        }
    }

    private static Map<LocalDate, String> dates(JsonObject map) {
        Map<LocalDate, String> result = new TreeMap<>();
        for (Map.Entry<String, JsonValue> e : map.entrySet()) {
            try {
                String text = ((JsonString) e.getValue()).getString();
                String[] parts = text.split(",");
                result.put(LocalDate.parse(e.getKey()), parts.length > 1 ? parts[1] : parts[0]);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("Not a date: " + e.getKey(), ex);
            }
        }
        return result;
    }

    /** This schedule with {@code year}'s days replaced by those of {@code other} (an administrator's load). */
    public HolidaySchedule with(HolidaySchedule other) {
        Map<LocalDate, String> off = new TreeMap<>(holidays);
        Map<LocalDate, String> on = new TreeMap<>(makeUpWorkdays);
        off.keySet().removeIf(d -> other.years.contains(d.getYear()));
        on.keySet().removeIf(d -> other.years.contains(d.getYear()));
        off.putAll(other.holidays);
        on.putAll(other.makeUpWorkdays);
        TreeSet<Integer> all = new TreeSet<>(years);
        all.addAll(other.years);
        return new HolidaySchedule(off, on, all);
    }

    /**
     * A schedule of the given days (an administrator's load). {@code years} are the years it
     * covers wholly: a year without any entry is still a year whose schedule is known.
     */
    public static HolidaySchedule of(Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays,
                                     java.util.Collection<Integer> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("A schedule covers at least one year.");
        }
        return new HolidaySchedule(holidays, makeUpWorkdays, new TreeSet<>(years));
    }

    /** Days off with their holiday's Chinese name, in date order. */
    public java.util.SortedMap<LocalDate, String> holidays() {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
    }

    /** Make-up working days with the holiday they belong to, in date order. */
    public java.util.SortedMap<LocalDate, String> makeUpWorkdays() {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(makeUpWorkdays));
    }

    /** The years this schedule covers, ascending. */
    public java.util.SortedSet<Integer> years() {
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    public boolean knows(int year) {
        return years.contains(year);
    }

    public int lastKnownYear() {
        return years.last();
    }

    public int firstKnownYear() {
        return years.first();
    }

    /** A Monday–Friday that is not a holiday, or a make-up working day. Weekends only, for unknown years. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.containsKey(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The Chinese name of the holiday on {@code day}, or null. */
    public String holidayName(LocalDate day) {
        return holidays.get(day);
    }

    /** The Chinese name of the holiday a make-up working day belongs to, or null. */
    public String makeUpWorkdayOf(LocalDate day) {
        return makeUpWorkdays.get(day);
    }
}
