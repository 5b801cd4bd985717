package org.gongshi.calendar;

import org.gongshi.shared.InvalidInput;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an official holiday schedule an administrator uploads, in one of two formats, decided from
 * the content (never from a file name): the JSON of the npm package {@code chinese-days}, or
 * iCalendar (RFC 5545) as the common .ics feeds of the State Council schedule publish it — one
 * all-day VEVENT per holiday or make-up working day, DTSTART/DTEND as DATE values with DTEND
 * exclusive, make-up days marked by 班 (班/上班/补班) in SUMMARY or CATEGORIES or by an X- property.
 * Anything else is refused with a Chinese message ({@link InvalidInput}).
 * <p>
 * iCalendar is read by this small parser instead of ical4j 4.x, which would add commons-lang3,
 * commons-codec, threeten-extra, slf4j and (unless excluded) Groovy to the EAR and build a full
 * time-zone model, for the four properties of all-day events read here.
 */
public final class HolidayFiles {

    /** Largest file accepted; a year's schedule is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Longest single event: no holiday lasts longer than a month. */
    static final int MAX_EVENT_DAYS = 31;

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter ICAL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d{1,2})W|(\\d{1,2})D)");
    private static final Pattern MARKERS = Pattern.compile("补班|上班|调休|放假|休息|假期|（[^）]*）|\\([^)]*\\)|[休班]");

    /** What was read: the schedule of the years it covers, and the format it came in. */
    public record Parsed(HolidaySchedule schedule, String format) {
    }

    private HolidayFiles() {
    }

    /**
     * Reads {@code content}; with {@code declaredYear}, every date must lie in that year and the
     * result covers exactly that year, otherwise it covers the years its dates fall in.
     */
    public static Parsed read(byte[] content, Integer declaredYear) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("error.calendar.file-required");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("error.calendar.file-too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (declaredYear != null && (declaredYear < FIRST_YEAR || declaredYear > LAST_YEAR)) {
            throw new InvalidInput("error.calendar.year-out-of-range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        String text = utf8(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        Parsed parsed;
        if (start.startsWith("{")) {
            parsed = new Parsed(json(text), "json");
        } else if (start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            parsed = new Parsed(ics(text), "ics");
        } else {
            throw new InvalidInput("error.calendar.file-format");
        }
        return new Parsed(checked(parsed.schedule(), declaredYear), parsed.format());
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("error.calendar.file-encoding");
        }
    }

    private static HolidaySchedule json(String text) {
        try {
            return HolidaySchedule.fromChineseDaysJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.calendar.file-format");
        }
    }

    private static HolidaySchedule checked(HolidaySchedule read, Integer declaredYear) {
        Map<LocalDate, String> off = read.holidays();
        Map<LocalDate, String> on = read.makeUpWorkdays();
        if (off.isEmpty() && on.isEmpty()) {
            throw new InvalidInput("error.calendar.no-dates");
        }
        for (LocalDate day : off.keySet()) {
            if (on.containsKey(day)) {
                throw new InvalidInput("error.calendar.both-kinds", day.toString());
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (Set<LocalDate> days : List.of(off.keySet(), on.keySet())) {
            for (LocalDate day : days) {
                if (declaredYear != null && day.getYear() != declaredYear) {
                    throw new InvalidInput("error.calendar.outside-year", day.toString(), String.valueOf(declaredYear));
                }
                if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                    throw new InvalidInput("error.calendar.year-out-of-range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
                }
                years.add(day.getYear());
            }
        }
        return HolidaySchedule.of(off, on, declaredYear != null ? Set.of(declaredYear) : years);
    }

    // ---- iCalendar ------------------------------------------------------------------------------

    /** One content line: NAME;PARAM=..:value, with the value unescaped only where it is text. */
    private record Line(String name, Map<String, String> parameters, String value) {
    }

    private static HolidaySchedule ics(String text) {
        // RFC 5545 3.1: a CRLF (tolerated: LF) followed by one space or tab continues the line.
        String unfolded = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n[ \t]", "");
        Map<LocalDate, String> off = new TreeMap<>();
        Map<LocalDate, String> on = new TreeMap<>();
        Deque<String> components = new ArrayDeque<>();
        List<Line> event = null;
        boolean ended = false;
        int number = 0;
        for (String raw : unfolded.split("\n")) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            if (ended) {
                throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
            }
            Line line = line(raw, number);
            if (line.name().equals("BEGIN")) {
                String component = line.value().strip().toUpperCase(Locale.ROOT);
                if (components.isEmpty() != component.equals("VCALENDAR")) {
                    throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
                }
                components.push(component);
                if (component.equals("VEVENT")) {
                    event = new ArrayList<>();
                }
            } else if (line.name().equals("END")) {
                String component = line.value().strip().toUpperCase(Locale.ROOT);
                if (components.isEmpty() || !components.peek().equals(component)) {
                    throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
                }
                components.pop();
                if (component.equals("VEVENT")) {
                    event(event, off, on);
                    event = null;
                }
                ended = components.isEmpty();
            } else if (components.isEmpty()) {
                throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
            } else if (event != null && "VEVENT".equals(components.peek())) {
                event.add(line);
            }
        }
        if (!ended) {
            throw new InvalidInput("error.calendar.file-format");
        }
        TreeSet<Integer> years = new TreeSet<>();
        off.keySet().forEach(d -> years.add(d.getYear()));
        on.keySet().forEach(d -> years.add(d.getYear()));
        if (years.isEmpty()) {
            throw new InvalidInput("error.calendar.no-dates");
        }
        return HolidaySchedule.of(off, on, years);
    }

    private static Line line(String raw, int number) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
        }
        String[] head = raw.substring(0, colon).split(";");
        String name = head[0].strip().toUpperCase(Locale.ROOT);
        if (!name.matches("[A-Z0-9-]+")) {
            throw new InvalidInput("error.calendar.ics-line", String.valueOf(number));
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq > 0) {
                parameters.put(head[i].substring(0, eq).strip().toUpperCase(Locale.ROOT),
                        head[i].substring(eq + 1).strip().replace("\"", ""));
            }
        }
        return new Line(name, parameters, raw.substring(colon + 1));
    }

    private static void event(List<Line> lines, Map<LocalDate, String> off, Map<LocalDate, String> on) {
        LocalDate start = null;
        LocalDate end = null;
        Integer durationDays = null;
        String summary = "";
        boolean workday = false;
        for (Line line : lines) {
            switch (line.name()) {
                case "DTSTART" -> start = date(line);
                case "DTEND" -> end = date(line);
                case "DURATION" -> durationDays = days(line.value());
                case "SUMMARY" -> summary = text(line.value()).strip();
                case "CATEGORIES" -> workday |= marksWorkday(text(line.value()));
                default -> {
                    if (line.name().startsWith("X-") && !line.name().startsWith("X-WR-")) {
                        workday |= marksWorkday(text(line.value()));
                    }
                }
            }
        }
        if (start == null) {
            throw new InvalidInput("error.calendar.ics-no-start", summary);
        }
        workday |= summary.contains("班");
        // RFC 5545 3.6.1: DTEND is exclusive; an all-day event without DTEND or DURATION lasts one day.
        LocalDate endExclusive = end != null ? end : start.plusDays(durationDays != null ? durationDays : 1);
        long length = java.time.temporal.ChronoUnit.DAYS.between(start, endExclusive);
        if (length < 1 || length > MAX_EVENT_DAYS) {
            throw new InvalidInput("error.calendar.ics-event-length", start.toString(), String.valueOf(MAX_EVENT_DAYS));
        }
        String name = MARKERS.matcher(summary).replaceAll(" ").strip();
        int space = name.indexOf(' ');
        name = space > 0 ? name.substring(0, space) : name;
        if (name.isEmpty()) {
            name = "节假日";
        }
        for (LocalDate day = start; day.isBefore(endExclusive); day = day.plusDays(1)) {
            (workday ? on : off).put(day, name);
        }
    }

    private static boolean marksWorkday(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        return v.contains("班") || v.contains("WORKDAY") || v.contains("WORKING");
    }

    private static LocalDate date(Line line) {
        String value = line.value().strip();
        if ("DATE-TIME".equalsIgnoreCase(line.parameters().get("VALUE")) || value.contains("T")) {
            throw new InvalidInput("error.calendar.ics-not-all-day", value);
        }
        try {
            return LocalDate.parse(value, ICAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.calendar.ics-date", value);
        }
    }

    private static int days(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidInput("error.calendar.ics-date", value.strip());
        }
        return m.group(1) != null ? Integer.parseInt(m.group(1)) * 7 : Integer.parseInt(m.group(2));
    }

    /** RFC 5545 3.3.11: TEXT escapes. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
