package org.gongshi.notice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.gongshi.shared.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's queries over an entity manager that is already bound to a tenant scope (one
 * division, or a county's or town's subtree): what is on the board, narrowed by a
 * {@link CatalogFilter}, paged by the database. Separate from the EJB so that the tests run them on
 * the real persistence unit.
 */
final class CatalogQueries {

    /** On the board: published, proactive, notice period not over. The scope is the entity manager's. */
    static final String ON_BOARD = "n.status = :published AND n.disclosure = :proactive"
            + " AND (n.noticeEndsOn IS NULL OR n.noticeEndsOn >= :today)";

    private CatalogQueries() {
    }

    /**
     * One page of the filtered board, newest first. {@code otherSections} is used only when the
     * filter asks for the "other" section: then a notice matches when its section is none of those
     * keys (the board's visible sections), since the board files such notices under 其他.
     */
    static Page<PublishedNotice> page(EntityManager em, CatalogFilter filter, Set<String> otherSections,
                                      LocalDate today, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, otherSections, today, params);
        TypedQuery<Notice> items = em.createQuery("SELECT n FROM Notice n WHERE " + where
                + " ORDER BY n.publishedAt DESC, n.id", Notice.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE " + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<PublishedNotice> found = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(n -> PublishedNotice.of(n, today, interpretationId(em, n))).toList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    /**
     * The catalog attributes of every notice on the board (no titles, no bodies), for the facet
     * counts. A board holds hundreds of notices, a county's subtree some thousands: small rows.
     */
    static List<CatalogRow> rows(EntityManager em, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = where(CatalogFilter.NONE, Set.of(), today, params);
        var query = em.createQuery("SELECT n.section, n.topics, n.genre, n.agency, n.audiences, n.publishedAt"
                + " FROM Notice n WHERE " + where, Object[].class);
        params.forEach(query::setParameter);
        List<CatalogRow> rows = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            rows.add(new CatalogRow((String) r[0], tags(r[1]), (Genre) r[2], (String) r[3], tags(r[4]), instant(r[5])));
        }
        return rows;
    }

    /** Every notice on the board with when it last changed, for the sitemap. */
    static List<SitemapEntry> sitemap(EntityManager em, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(CatalogFilter.NONE, Set.of(), today, params);
        var query = em.createQuery("SELECT n.divisionCode, n.id, n.publishedAt, n.revisedAt FROM Notice n WHERE " + where
                + " ORDER BY n.divisionCode, n.publishedAt DESC, n.id", Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream()
                .map(r -> new SitemapEntry((String) r[0], (String) r[1], latest(instant(r[2]), instant(r[3]))))
                .toList();
    }

    /**
     * What every public page of the scope depends on, in one aggregate over an index: the newest
     * publication, correction and withdrawal, how many notices were ever published, and a stamp
     * of the board sections. Any publication, correction, withdrawal or section change changes one.
     */
    static Object[] versionParts(EntityManager em) {
        // Newest-first lookups rather than MAX(): an aggregate of a converted column comes back as the
        // driver's type on PostgreSQL, and EclipseLink then fails to convert it.
        List<NoticeStatus> statuses = List.of(NoticeStatus.PUBLISHED, NoticeStatus.WITHDRAWN);
        Object[] parts = new Object[5];
        String[] columns = {"publishedAt", "revisedAt", "withdrawnAt"};
        for (int i = 0; i < columns.length; i++) {
            List<Instant> newest = em.createQuery("SELECT n." + columns[i] + " FROM Notice n WHERE n.status IN :statuses AND n."
                            + columns[i] + " IS NOT NULL ORDER BY n." + columns[i] + " DESC", Instant.class)
                    .setParameter("statuses", statuses).setMaxResults(1).getResultList();
            parts[i] = newest.isEmpty() ? null : newest.getFirst();
        }
        parts[3] = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.status IN :statuses", Long.class)
                .setParameter("statuses", statuses).getSingleResult();
        // The board's sections (names, order, visibility): every change bumps a row's version.
        Object[] sections = em.createQuery("SELECT COUNT(s), SUM(s.version) FROM BoardSection s", Object[].class).getSingleResult();
        parts[4] = number(sections[0]) * 1_000_003L + number(sections[1]);
        return parts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String where(CatalogFilter filter, Set<String> otherSections, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(ON_BOARD);
        params.put("published", NoticeStatus.PUBLISHED);
        params.put("proactive", DisclosureAttribute.PROACTIVE);
        params.put("today", today);
        if (filter.section() != null) {
            if (org.gongshi.section.DefaultSections.OTHER.equals(filter.section())) {
                List<String> known = otherSections.stream()
                        .filter(k -> !org.gongshi.section.DefaultSections.OTHER.equals(k)).toList();
                where.append(" AND (n.section IS NULL");
                if (!known.isEmpty()) {
                    where.append(" OR n.section NOT IN :knownSections");
                    params.put("knownSections", known);
                }
                where.append(")");
            } else {
                where.append(" AND n.section = :section");
                params.put("section", filter.section());
            }
        }
        if (filter.topic() != null) {
            where.append(" AND ").append(tagMatch("n.topics", "topic"));
            params.put("topic", tagPattern(filter.topic()));
        }
        if (filter.audience() != null) {
            where.append(" AND ").append(tagMatch("n.audiences", "audience"));
            params.put("audience", tagPattern(filter.audience()));
        }
        if (filter.genre() != null) {
            where.append(" AND n.genre = :genre");
            params.put("genre", filter.genre());
        }
        if (filter.agency() != null) {
            where.append(" AND n.agency = :agency");
            params.put("agency", filter.agency());
        }
        if (filter.year() != null) {
            where.append(" AND n.publishedAt >= :yearStart AND n.publishedAt < :yearEnd");
            params.put("yearStart", CatalogFilter.startOfYear(filter.year()));
            params.put("yearEnd", CatalogFilter.startOfYear(filter.year() + 1));
        }
        return where.toString();
    }

    /**
     * Tags are stored by {@code StringSetConverter} as one sorted, comma-separated column
     * ({@code 低保,救助}). Wrapping the column in commas and looking for {@code ,tag,} matches whole
     * tags only: 救助 does not match 救助金, nor 低保 a tag 城乡低保. LIKE wildcards in the tag are
     * escaped.
     */
    private static String tagMatch(String column, String parameter) {
        return "CONCAT(',', CONCAT(" + column + ", ',')) LIKE :" + parameter + " ESCAPE '!'";
    }

    static String tagPattern(String tag) {
        return "%," + tag.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%";
    }

    /**
     * The facet counts of {@code rows} under {@code filter}. A row's section is taken as the board
     * files it: a section that is not one of {@code boardSections} (or none) counts as "other".
     */
    static CatalogFacets facets(List<CatalogRow> rows, CatalogFilter filter, Set<String> boardSections) {
        List<CatalogRow> filed = rows.stream().map(r -> new CatalogRow(filedSection(r.section(), boardSections), r.topics(),
                r.genre(), r.agency(), r.audiences(), r.publishedAt())).toList();
        long total = filed.stream().filter(r -> matches(filter, r)).count();
        return new CatalogFacets(total,
                count(filed, filter.without("section"), r -> List.of(r.section()), false),
                count(filed, filter.without("topic"), r -> r.topics(), false),
                count(filed, filter.without("genre"), r -> r.genre() == null ? List.of() : List.of(r.genre().name()), false),
                count(filed, filter.without("agency"), r -> r.agency() == null || r.agency().isBlank() ? List.of() : List.of(r.agency()), false),
                count(filed, filter.without("audience"), r -> r.audiences(), false),
                count(filed, filter.without("year"), r -> List.of(String.valueOf(CatalogFilter.yearOf(r.publishedAt()))), true));
    }

    static String filedSection(String section, Set<String> boardSections) {
        String other = org.gongshi.section.DefaultSections.OTHER;
        return section == null || (!boardSections.isEmpty() && !boardSections.contains(section)) ? other : section;
    }

    private static boolean matches(CatalogFilter filter, CatalogRow r) {
        return filter.matches(r.section(), r.topics(), r.genre(), r.agency(), r.audiences(), r.publishedAt());
    }

    private static List<CatalogFacets.Count> count(List<CatalogRow> rows, CatalogFilter filter,
                                                   java.util.function.Function<CatalogRow, java.util.Collection<String>> values,
                                                   boolean newestFirst) {
        Map<String, Long> counts = new HashMap<>();
        for (CatalogRow r : rows) {
            if (matches(filter, r)) {
                for (String v : values.apply(r)) {
                    counts.merge(v, 1L, Long::sum);
                }
            }
        }
        java.util.Comparator<CatalogFacets.Count> order = newestFirst
                ? java.util.Comparator.comparing(CatalogFacets.Count::value).reversed()
                : java.util.Comparator.comparingLong(CatalogFacets.Count::count).reversed().thenComparing(CatalogFacets.Count::value);
        return counts.entrySet().stream().map(e -> new CatalogFacets.Count(e.getKey(), e.getValue())).sorted(order).toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tags(Object value) {
        if (value instanceof Set<?> set) {
            return (Set<String>) set;
        }
        return new org.gongshi.shared.StringSetConverter().convertToEntityAttribute((String) value);
    }

    /** An instant as the query returned it: aggregates may come back as the database type, not the converted one. */
    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case java.util.Date d -> d.toInstant();
            default -> throw new IllegalStateException("Not an instant: " + value.getClass());
        };
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }

    private static String interpretationId(EntityManager em, Notice n) {
        if (n.genre() != Genre.NORMATIVE_DOCUMENT) {
            return null;
        }
        Notice interpretation = Publisher.interpretationOf(em, n.id());
        return interpretation != null && interpretation.status() == NoticeStatus.PUBLISHED ? interpretation.id() : null;
    }

    /** The catalog attributes of one notice on the board. */
    record CatalogRow(String section, Set<String> topics, Genre genre, String agency, Set<String> audiences,
                      Instant publishedAt) {
    }
}
