package org.gongshi.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongshi.catalog.CatalogPublications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's port answered from notices: per division and catalog item, the day of the last
 * publication or correction of a proactive notice on the board, in one aggregate query over the
 * divisions the entity manager sees.
 */
@ApplicationScoped
public class NoticeCatalogPublications implements CatalogPublications {

    @Override
    public Map<Filed, LocalDate> lastPublished(EntityManager em) {
        Map<Filed, LocalDate> result = new HashMap<>();
        for (String attribute : List.of("publishedAt", "revisedAt")) {
            for (Object[] row : latestPerItem(em, attribute)) {
                Instant at = instant(row[2]);
                if (at != null) {
                    result.merge(new Filed((String) row[0], (String) row[1]), LocalDate.ofInstant(at, Notice.ZONE),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return result;
    }

    /**
     * Per division and catalog item, the latest value of an instant attribute. Read as the attribute of
     * the row that holds the maximum, not as {@code MAX()}: EclipseLink hands an aggregate of a converted
     * column to the converter as the driver's type (a {@code Timestamp} on PostgreSQL), which fails.
     */
    private static List<Object[]> latestPerItem(EntityManager em, String attribute) {
        String filter = " m.status = :published AND m.disclosure = :proactive";
        return em.createQuery("SELECT n.divisionCode, n.catalogItem, n." + attribute + " FROM Notice n"
                        + " WHERE n.status = :published AND n.disclosure = :proactive AND n.catalogItem IS NOT NULL"
                        + " AND n." + attribute + " = (SELECT MAX(m." + attribute + ") FROM Notice m WHERE" + filter
                        + " AND m.divisionCode = n.divisionCode AND m.catalogItem = n.catalogItem)", Object[].class)
                .setParameter("published", NoticeStatus.PUBLISHED)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .getResultList();
    }

    /** An aggregate of a converted column may come back as the column's database type. */
    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            case java.util.Date d -> d.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> throw new IllegalStateException("Unexpected time value " + value.getClass());
        };
    }
}
