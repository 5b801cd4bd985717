package org.gongshi.notice;

import org.gongshi.shared.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How a resident narrows the public catalog: by board section and by the four dimensions of the
 * disclosure work plans — topic (主题), genre (体裁), agency (发布机构), audience (服务对象) — and by
 * year of publication. Every part is optional; {@link #NONE} narrows nothing.
 */
public record CatalogFilter(String section, String topic, Genre genre, String agency, String audience, Integer year) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null, null, null);

    public CatalogFilter {
        section = blankToNull(section);
        topic = blankToNull(topic);
        agency = blankToNull(agency);
        audience = blankToNull(audience);
    }

    public boolean isEmpty() {
        return section == null && topic == null && genre == null && agency == null && audience == null && year == null;
    }

    /** The oldest and newest year a filter may name; anything else is a typing error, not a query. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** Longest value accepted for a text dimension (the stored columns are no longer). */
    private static final int MAX_TEXT = Notice.SHORT_TEXT_MAX;

    /**
     * A filter from what a resident typed or clicked (query parameters): blank parts narrow nothing;
     * an unknown genre, a year that is not a number in range, or an overlong value is refused with a
     * message that says which ({@link InvalidInput}), never a stack trace.
     */
    public static CatalogFilter parse(String section, String topic, String genre, String agency, String audience,
                                      String year) {
        return new CatalogFilter(limited(section, "error.catalog.section-invalid"), limited(topic, "error.catalog.topic-invalid"),
                parseGenre(genre), limited(agency, "error.catalog.agency-invalid"),
                limited(audience, "error.catalog.audience-invalid"), parseYear(year));
    }

    /** A copy with one dimension cleared, for the "all" link of that dimension. */
    public CatalogFilter without(String dimension) {
        return switch (dimension) {
            case "section" -> new CatalogFilter(null, topic, genre, agency, audience, year);
            case "topic" -> new CatalogFilter(section, null, genre, agency, audience, year);
            case "genre" -> new CatalogFilter(section, topic, null, agency, audience, year);
            case "agency" -> new CatalogFilter(section, topic, genre, null, audience, year);
            case "audience" -> new CatalogFilter(section, topic, genre, agency, null, year);
            case "year" -> new CatalogFilter(section, topic, genre, agency, audience, null);
            default -> throw new IllegalArgumentException("Unknown catalog dimension " + dimension);
        };
    }

    /** Whether a notice's catalog attributes fall inside this filter (section compared as stored). */
    public boolean matches(String noticeSection, Set<String> topics, Genre noticeGenre, String noticeAgency,
                           Set<String> audiences, Instant publishedAt) {
        return (section == null || section.equals(noticeSection))
                && (topic == null || topics.contains(topic))
                && (genre == null || genre == noticeGenre)
                && (agency == null || agency.equals(noticeAgency))
                && (audience == null || audiences.contains(audience))
                && (year == null || yearOf(publishedAt) == year);
    }

    /** The year of publication as the board shows it: in China Standard Time. */
    public static int yearOf(Instant publishedAt) {
        return LocalDate.ofInstant(publishedAt, Notice.ZONE).getYear();
    }

    /** The first instant of {@code year} on the board's clock. */
    static Instant startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Notice.ZONE).toInstant();
    }

    private static Genre parseGenre(String genre) {
        if (genre == null || genre.isBlank()) {
            return null;
        }
        try {
            return Genre.valueOf(genre.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.catalog.genre-invalid");
        }
    }

    private static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidInput("error.catalog.year-invalid", MIN_YEAR, MAX_YEAR);
    }

    private static String limited(String value, String key) {
        if (value != null && value.strip().length() > MAX_TEXT) {
            throw new InvalidInput(key, MAX_TEXT);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
