package org.gongshi.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.attachment.Attachment;
import org.gongshi.attachment.AttachmentContent;
import org.gongshi.attachment.AttachmentText;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.TenantScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the search index reads from the database, always through {@link TenantData} with an explicit
 * scope: a division (a notice to index, a page of hits to re-check), a county's subtree, or — for a
 * rebuild or the freshness check — one province at a time, read-only. Each call runs in its own
 * transaction, as it is also called after the publishing transaction has committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchData {

    private static final String ON_BOARD = "n.status = :published AND n.disclosure = :proactive";

    @Inject
    TenantData data;

    /** The top-level divisions whose subtrees hold every division of the directory. */
    public static List<DivisionCode> roots() {
        Set<String> provinces = new TreeSet<>();
        for (Division county : DivisionDirectory.seed().atLevel(DivisionLevel.COUNTY)) {
            provinces.add(county.code().value().substring(0, 2));
        }
        return provinces.stream().map(DivisionCode::of).toList();
    }

    /**
     * A cheap summary of everything that decides what is on the boards: how many notices are
     * published and when the last was published, corrected or withdrawn. The index stores the value
     * it was built for; another value means it missed a change.
     */
    public String fingerprint() {
        long published = 0;
        long withdrawn = 0;
        Instant lastPublished = null;
        Instant lastRevised = null;
        Instant lastWithdrawn = null;
        for (DivisionCode root : roots()) {
            try (EntityManager em = data.open(TenantScope.subtreeReadOnly(root))) {
                published += count(em, NoticeStatus.PUBLISHED);
                withdrawn += count(em, NoticeStatus.WITHDRAWN);
                lastPublished = later(lastPublished, latest(em, "publishedAt", NoticeStatus.PUBLISHED));
                lastRevised = later(lastRevised, latest(em, "revisedAt", NoticeStatus.PUBLISHED));
                lastWithdrawn = later(lastWithdrawn, latest(em, "withdrawnAt", NoticeStatus.WITHDRAWN));
            }
        }
        return published + "|" + lastPublished + "|" + lastRevised + "|" + withdrawn + "|" + lastWithdrawn;
    }

    private static long count(EntityManager em, NoticeStatus status) {
        return em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.status = :status AND n.disclosure = :proactive", Long.class)
                .setParameter("status", status)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .getSingleResult();
    }

    /** The latest value of an instant attribute (read as an attribute, not MAX(), so its converter applies). */
    private static Instant latest(EntityManager em, String attribute, NoticeStatus status) {
        return em.createQuery("SELECT n." + attribute + " FROM Notice n WHERE n.status = :status AND n.disclosure = :proactive"
                        + " AND n." + attribute + " IS NOT NULL ORDER BY n." + attribute + " DESC", Instant.class)
                .setParameter("status", status)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /** Up to {@code limit} published notices under {@code root} with ids after {@code afterId}, by id. */
    public List<IndexedNotice> batch(DivisionCode root, String afterId, int limit) {
        try (EntityManager em = data.open(TenantScope.subtreeReadOnly(root))) {
            List<Notice> notices = em.createQuery("SELECT n FROM Notice n WHERE " + ON_BOARD
                            + " AND n.id > :after ORDER BY n.id", Notice.class)
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                    .setParameter("after", afterId == null ? "" : afterId)
                    .setMaxResults(limit)
                    .getResultList();
            return indexed(em, notices);
        }
    }

    /** The notice as the index should hold it, if it is published and proactive (its period may have ended). */
    public Optional<IndexedNotice> published(DivisionCode division, String id) {
        try (EntityManager em = data.open(TenantScope.own(division))) {
            Notice n = em.find(Notice.class, id);
            if (n == null || n.status() != NoticeStatus.PUBLISHED || n.disclosure() != DisclosureAttribute.PROACTIVE) {
                return Optional.empty();
            }
            return indexed(em, List.of(n)).stream().findFirst();
        }
    }

    /**
     * Of {@code ids}, those that are on the board searched today — the second line of defence
     * behind the index, in one query within the searched scope.
     */
    public Set<String> onBoard(DivisionCode division, boolean subtree, Collection<String> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        TenantScope scope = subtree ? TenantScope.subtreeReadOnly(division) : TenantScope.own(division);
        try (EntityManager em = data.open(scope)) {
            return new HashSet<>(em.createQuery("SELECT n.id FROM Notice n WHERE n.id IN :ids AND " + ON_BOARD
                            + " AND (n.noticeEndsOn IS NULL OR n.noticeEndsOn >= :today)", String.class)
                    .setParameter("ids", List.copyOf(ids))
                    .setParameter("published", NoticeStatus.PUBLISHED)
                    .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                    .setParameter("today", today)
                    .getResultList());
        }
    }

    private static List<IndexedNotice> indexed(EntityManager em, List<Notice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        List<Attachment> attachments = em.createQuery("SELECT a FROM Attachment a WHERE a.noticeId IN :ids"
                        + " ORDER BY a.createdAt, a.id", Attachment.class)
                .setParameter("ids", notices.stream().map(Notice::id).toList())
                .getResultList();
        for (Attachment a : attachments) {
            StringBuilder text = texts.computeIfAbsent(a.noticeId(), k -> new StringBuilder());
            if (text.length() >= NoticeDocuments.MAX_ATTACHMENT_CHARS || !hasText(a.mediaType())) {
                continue;
            }
            AttachmentContent content = em.find(AttachmentContent.class, a.id());
            if (content != null) {
                text.append(AttachmentText.forIndex(a.mediaType(), content.bytes(), a.id())).append('\n');
                em.detach(content);
            }
        }
        List<IndexedNotice> out = new ArrayList<>(notices.size());
        for (Notice n : notices) {
            StringBuilder text = texts.get(n.id());
            out.add(new IndexedNotice(n.id(), n.division().value(), n.title(), n.body(),
                    text == null ? "" : text.toString().strip(), n.documentNumber(), n.section(), n.genre(),
                    n.topics(), n.agency(), n.audiences(), n.publishedAt(), n.noticeEndsOn()));
        }
        return out;
    }

    private static boolean hasText(String mediaType) {
        return !mediaType.startsWith("image/");
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
