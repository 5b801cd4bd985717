package org.gongshi.oversight;

import jakarta.persistence.EntityManager;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.request.RequestState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was actually published and handled in a scope, read with four aggregate queries whatever the
 * number of divisions (the entity manager's scope limits every one to the subtree): the stored board
 * sections, the last publication per division and section, the open requests past their reply date,
 * and the withheld documents past their re-review date.
 */
record ComplianceFacts(Map<String, List<StoredSection>> storedSections,
                       Map<String, LocalDate> lastPublished,
                       List<OverdueRequest> overdueRequests,
                       List<RereviewDue> rereviewsDue) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record StoredSection(String key, String name, boolean hidden) {
    }

    record OverdueRequest(String divisionCode, String id, String receiptNumber, LocalDate dueOn, String state) {
    }

    record RereviewDue(String divisionCode, String id, String title, LocalDate rereviewOn) {
    }

    static String sectionKey(String divisionCode, String sectionKey) {
        return divisionCode + "|" + sectionKey;
    }

    /** The facts as of the end of {@code asOf} (a publication later that day still counts). */
    static ComplianceFacts load(EntityManager em, LocalDate asOf) {
        Map<String, List<StoredSection>> sections = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.divisionCode, s.key, s.name, s.hidden FROM BoardSection s",
                Object[].class).getResultList()) {
            sections.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new StoredSection((String) row[1], (String) row[2], (Boolean) row[3]));
        }
        Instant end = asOf.plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT n.divisionCode, n.section, n.publishedAt FROM Notice n"
                        // The row holding the maximum, not MAX(): an aggregate of a converted column reaches
                        // the converter as the driver's type (a Timestamp on PostgreSQL) and fails.
                        + " WHERE n.publishedAt < :end AND n.section IS NOT NULL AND n.disclosure = :proactive"
                        + " AND n.publishedAt = (SELECT MAX(m.publishedAt) FROM Notice m WHERE m.publishedAt < :end"
                        + " AND m.disclosure = :proactive AND m.divisionCode = n.divisionCode AND m.section = n.section)",
                        Object[].class)
                .setParameter("end", end)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .getResultList()) {
            last.put(sectionKey((String) row[0], (String) row[1]), ((Instant) row[2]).atZone(ZONE).toLocalDate());
        }
        List<OverdueRequest> requests = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT r.divisionCode, r.id, r.receiptNumber, r.dueOn, r.state"
                        + " FROM DisclosureRequest r WHERE r.state IN :open AND r.dueOn < :asOf"
                        + " ORDER BY r.dueOn, r.id", Object[].class)
                .setParameter("open", RequestState.running())
                .setParameter("asOf", asOf)
                .getResultList()) {
            requests.add(new OverdueRequest((String) row[0], (String) row[1], (String) row[2], (LocalDate) row[3],
                    String.valueOf(row[4])));
        }
        List<RereviewDue> rereviews = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT n.divisionCode, n.id, n.title, n.rereviewOn FROM Notice n"
                        + " WHERE n.disclosure = :withheld AND n.rereviewOn <= :asOf ORDER BY n.rereviewOn, n.id",
                        Object[].class)
                .setParameter("withheld", DisclosureAttribute.WITHHELD)
                .setParameter("asOf", asOf)
                .getResultList()) {
            rereviews.add(new RereviewDue((String) row[0], (String) row[1], (String) row[2], (LocalDate) row[3]));
        }
        return new ComplianceFacts(sections, last, requests, rereviews);
    }
}
