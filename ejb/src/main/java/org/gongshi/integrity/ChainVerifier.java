package org.gongshi.integrity;

import jakarta.persistence.EntityManager;
import org.gongshi.integrity.DivisionVerification.BrokenLink;
import org.gongshi.notice.CanonicalContent;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes chains from the database as it is now, in whatever scope the entity manager was opened
 * with. Only reads. A plain class, so that the tests can tamper with the tables and run it directly.
 */
public final class ChainVerifier {

    /** Links read at a time while walking a long chain. */
    private static final int PAGE = 500;

    private final EntityManager em;
    private final Clock clock;

    private final org.gongshi.notice.PublishedParts parts;

    public ChainVerifier(EntityManager em, Clock clock) {
        this(em, clock, org.gongshi.notice.PublishedParts.NONE);
    }

    /** With {@code parts}, a notice's attachments are part of what is recomputed and compared. */
    public ChainVerifier(EntityManager em, Clock clock, org.gongshi.notice.PublishedParts parts) {
        this.parts = Objects.requireNonNull(parts, "Published parts are required.");
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /**
     * Checks one notice against its latest link: the link's own hash, the notice's content as stored
     * now, and the link's place between its neighbours. A notice the chain does not hold — a draft,
     * an unknown id, a notice of a division outside the scope — is not found.
     */
    public NoticeVerification verifyNotice(String noticeId) {
        ChainLink link = Ids.looksLikeId(noticeId) ? latestLinkOf(noticeId) : null;
        if (link == null) {
            throw new NotFound("error.notice.not-found");
        }
        ChainProblem problem = problemOfLatest(link);
        if (problem == ChainProblem.CONTENT_CHANGED) {
            // The notice may have been withdrawn (or revised) while we read it: then check the new link.
            ChainLink now = latestLinkOf(noticeId);
            if (now.sequence() > link.sequence()) {
                link = now;
                problem = problemOfLatest(link);
            }
        }
        return new NoticeVerification(link.noticeId(), link.divisionCode(), problem == null, link.contentHash(),
                link.linkHash(), link.sequence(), problem, clock.instant());
    }

    /**
     * Walks the division's chain from its first link up to the link its head names: every place
     * filled in order, every link naming the hash of the one before and fitting its own hash, and
     * for each notice's latest link the notice's content as stored now; the last link must be the
     * one the head names, and every published or withdrawn notice must have a link. Reports the
     * first problem found. Links appended while the walk runs are left for the next check.
     */
    public DivisionVerification verifyDivision(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        String code = division.value();
        ChainHead head = em.find(ChainHead.class, code);
        long headSequence = head == null ? 0 : head.lastSequence();
        Object[] extent = em.createQuery("SELECT COUNT(l), MAX(l.sequence) FROM ChainLink l"
                        + " WHERE l.divisionCode = :division", Object[].class)
                .setParameter("division", code)
                .getSingleResult();
        long links = ((Number) extent[0]).longValue();
        Map<String, Long> latestPlaceOf = latestPlaces(code);

        long expected = 1;
        String previousHash = Sha256.NOTHING_BEFORE;
        ChainLink last = null;
        List<ChainLink> page = linksBetween(code, 0, headSequence);
        while (!page.isEmpty()) {
            for (ChainLink link : page) {
                if (link.sequence() != expected) {
                    // Place `expected` is empty: name the empty place; whose notice it held nobody can say.
                    return broken(code, links, new BrokenLink(expected, null, ChainProblem.MISSING_LINK));
                }
                ChainProblem problem = null;
                if (!link.previousHash().equals(previousHash)) {
                    problem = ChainProblem.CHAIN_BROKEN;
                } else if (!link.isIntact()) {
                    problem = ChainProblem.LINK_ALTERED;
                } else if (Objects.equals(latestPlaceOf.get(link.noticeId()), link.sequence()) && contentChanged(link)) {
                    problem = ChainProblem.CONTENT_CHANGED;
                }
                if (problem != null) {
                    return broken(code, links, new BrokenLink(link.sequence(), link.noticeId(), problem));
                }
                previousHash = link.linkHash();
                last = link;
                expected++;
            }
            em.clear();
            page = linksBetween(code, last.sequence(), headSequence);
        }
        if (expected - 1 < headSequence) {
            // The chain was cut short: the head remembers links that are no longer there.
            return broken(code, links, new BrokenLink(expected, null, ChainProblem.MISSING_LINK));
        }
        if (last != null && !last.linkHash().equals(head.lastLinkHash())) {
            return broken(code, links, new BrokenLink(last.sequence(), last.noticeId(), ChainProblem.CHAIN_BROKEN));
        }
        if (head == null && links > 0) {
            // Links without a head: the head was removed, and the next publication could not append.
            long lastPlace = ((Number) extent[1]).longValue();
            ChainLink orphan = linkAt(code, lastPlace);
            return broken(code, links, new BrokenLink(lastPlace, orphan == null ? null : orphan.noticeId(),
                    ChainProblem.CHAIN_BROKEN));
        }
        List<String> unchained = em.createQuery("SELECT n.id FROM Notice n WHERE n.divisionCode = :division"
                        + " AND n.status IN :onRecord AND NOT EXISTS"
                        + " (SELECT l FROM ChainLink l WHERE l.noticeId = n.id AND l.divisionCode = :division)"
                        + " ORDER BY n.publishedAt, n.id", String.class)
                .setParameter("division", code)
                .setParameter("onRecord", List.of(NoticeStatus.PUBLISHED, NoticeStatus.WITHDRAWN))
                .setMaxResults(1)
                .getResultList();
        if (!unchained.isEmpty()) {
            return broken(code, links, new BrokenLink(null, unchained.get(0), ChainProblem.MISSING_LINK));
        }
        return new DivisionVerification(code, links, true, null);
    }

    /** The divisions, within the scope, whose chains hold a link for the notice (one, unless someone forged). */
    public List<DivisionCode> divisionsHolding(String noticeId) {
        if (!Ids.looksLikeId(noticeId)) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT l.divisionCode FROM ChainLink l WHERE l.noticeId = :id"
                        + " ORDER BY l.divisionCode", String.class)
                .setParameter("id", noticeId)
                .getResultList().stream().map(DivisionCode::of).toList();
    }

    private ChainProblem problemOfLatest(ChainLink link) {
        if (!link.isIntact()) {
            return ChainProblem.LINK_ALTERED;
        }
        if (!contentIsUnchanged(link)) {
            return ChainProblem.CONTENT_CHANGED;
        }
        // Anchored behind: the place before it is filled by the link it names.
        if (link.sequence() == 1) {
            if (!Sha256.NOTHING_BEFORE.equals(link.previousHash())) {
                return ChainProblem.CHAIN_BROKEN;
            }
        } else {
            ChainLink before = linkAt(link.divisionCode(), link.sequence() - 1);
            if (before == null) {
                return ChainProblem.MISSING_LINK;
            }
            if (!before.linkHash().equals(link.previousHash())) {
                return ChainProblem.CHAIN_BROKEN;
            }
        }
        // Anchored ahead: the next link, or the head if this is the last, names this link's hash.
        // This is what catches a link rewritten together with its hash to fit a changed notice.
        ChainLink after = linkAt(link.divisionCode(), link.sequence() + 1);
        if (after != null) {
            return after.previousHash().equals(link.linkHash()) ? null : ChainProblem.CHAIN_BROKEN;
        }
        ChainHead head = em.find(ChainHead.class, link.divisionCode());
        if (head != null && head.lastSequence() > link.sequence()) {
            return ChainProblem.MISSING_LINK;
        }
        if (head == null || head.lastSequence() != link.sequence() || !head.lastLinkHash().equals(link.linkHash())) {
            return ChainProblem.CHAIN_BROKEN;
        }
        return null;
    }

    /** Whether the notice, read from the database now, hashes to what the link recorded. A deleted notice has changed. */
    private boolean contentIsUnchanged(ChainLink link) {
        Notice notice = em.find(Notice.class, link.noticeId());
        return notice != null && notice.division().value().equals(link.divisionCode())
                && Sha256.hex(CanonicalContent.of(em, notice, parts)).equals(link.contentHash());
    }

    /**
     * Whether the notice no longer fits its latest link — unless a newer link appeared while we
     * read (a withdrawal committed in between), which the next check will cover.
     */
    private boolean contentChanged(ChainLink link) {
        if (contentIsUnchanged(link)) {
            return false;
        }
        ChainLink now = latestLinkOf(link.noticeId());
        return now == null || now.sequence() <= link.sequence();
    }

    private ChainLink latestLinkOf(String noticeId) {
        List<ChainLink> links = em.createQuery("SELECT l FROM ChainLink l WHERE l.noticeId = :id"
                        + " ORDER BY l.sequence DESC", ChainLink.class)
                .setParameter("id", noticeId)
                .setMaxResults(1)
                .getResultList();
        return links.isEmpty() ? null : links.get(0);
    }

    private ChainLink linkAt(String divisionCode, long sequence) {
        List<ChainLink> links = em.createQuery("SELECT l FROM ChainLink l WHERE l.divisionCode = :division"
                        + " AND l.sequence = :sequence", ChainLink.class)
                .setParameter("division", divisionCode)
                .setParameter("sequence", sequence)
                .getResultList();
        return links.isEmpty() ? null : links.get(0);
    }

    /** The next page of links after place {@code after}, up to place {@code upTo}. */
    private List<ChainLink> linksBetween(String divisionCode, long after, long upTo) {
        return em.createQuery("SELECT l FROM ChainLink l WHERE l.divisionCode = :division AND l.sequence > :after"
                        + " AND l.sequence <= :upTo ORDER BY l.sequence", ChainLink.class)
                .setParameter("division", divisionCode)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(PAGE)
                .getResultList();
    }

    /** For each notice of the division, the place of its latest link: only that one must fit the notice as it is now. */
    private Map<String, Long> latestPlaces(String divisionCode) {
        Map<String, Long> places = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.noticeId, MAX(l.sequence) FROM ChainLink l"
                        + " WHERE l.divisionCode = :division GROUP BY l.noticeId", Object[].class)
                .setParameter("division", divisionCode)
                .getResultList()) {
            places.put((String) row[0], ((Number) row[1]).longValue());
        }
        return places;
    }

    private static DivisionVerification broken(String divisionCode, long linksSoFar, BrokenLink where) {
        return new DivisionVerification(divisionCode, linksSoFar, false, where);
    }
}
