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
        List<Object[]> rows = em.createQuery("SELECT n.divisionCode, n.catalogItem, MAX(n.publishedAt), MAX(n.revisedAt)"
                        + " FROM Notice n WHERE n.status = :published AND n.disclosure = :proactive"
                        + " AND n.catalogItem IS NOT NULL GROUP BY n.divisionCode, n.catalogItem", Object[].class)
                .setParameter("published", NoticeStatus.PUBLISHED)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .getResultList();
        Map<Filed, LocalDate> result = new HashMap<>();
        for (Object[] row : rows) {
            Instant published = instant(row[2]);
            Instant revised = instant(row[3]);
            Instant last = revised != null && (published == null || revised.isAfter(published)) ? revised : published;
            if (last != null) {
                result.put(new Filed((String) row[0], (String) row[1]), LocalDate.ofInstant(last, Notice.ZONE));
            }
        }
        return result;
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
