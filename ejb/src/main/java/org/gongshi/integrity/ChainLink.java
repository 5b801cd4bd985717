package org.gongshi.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.notice.NoticePublished;
import org.gongshi.shared.Ids;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One place in a division's hash chain: a notice was published, revised or withdrawn, and this is
 * the SHA-256 of what the public saw then ({@link #contentHash}). Each link also holds the hash of
 * the link before it, and its own {@link #linkHash} covers both — so changing a published notice,
 * a link, or the order of links afterwards breaks a hash that anyone can recompute. Never changed.
 */
@Entity
@Table(name = "CHAIN_LINK")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ChainLink {

    /** Names the serialisation below; a future change of it gets a new name, old links keep theirs. */
    static final String FORMAT = "gongshi-chain-v1";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    /** 1, 2, 3, … within the division; unique per division, so the chain cannot fork. */
    @Column(name = "SEQUENCE_NO", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "NOTICE_ID", length = 36, nullable = false, updatable = false)
    private String noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false, updatable = false)
    private NoticePublished.Kind kind;

    @Column(name = "REVISION", nullable = false, updatable = false)
    private int revision;

    @Column(name = "CONTENT_HASH", length = 64, nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "PREVIOUS_HASH", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "LINK_HASH", length = 64, nullable = false, updatable = false)
    private String linkHash;

    @Column(name = "AT", nullable = false, updatable = false)
    private Instant at;

    /** Who published or withdrew; kept for the staff, not part of the hash (the public never sees staff names). */
    @Column(name = "ACTOR", length = 100, nullable = false, updatable = false)
    private String actor;

    protected ChainLink() {
        // for JPA
    }

    private ChainLink(ChainHead tail, NoticePublished event) {
        this.id = Ids.newId();
        this.divisionCode = tail.divisionCode();
        this.sequence = tail.lastSequence() + 1;
        this.noticeId = Objects.requireNonNull(event.noticeId(), "Notice id is required.");
        this.kind = Objects.requireNonNull(event.kind(), "Kind of event is required.");
        this.revision = event.revision();
        this.contentHash = Sha256.hex(Objects.requireNonNull(event.canonicalContent(), "Canonical content is required."));
        this.previousHash = tail.lastLinkHash();
        // The databases keep microseconds; a finer instant would come back different and no longer hash the same.
        this.at = Objects.requireNonNull(event.at(), "Time is required.").truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(event.actor(), "Actor is required.");
        this.linkHash = computedHash();
    }

    /** The link that follows {@code tail} in its division's chain, recording {@code event}. */
    static ChainLink after(ChainHead tail, NoticePublished event) {
        Objects.requireNonNull(tail, "Tail of the chain is required.");
        Objects.requireNonNull(event, "Event is required.");
        if (!tail.divisionCode().equals(event.division().value())) {
            throw new IllegalArgumentException("A notice of " + event.division() + " cannot join the chain of "
                    + tail.divisionCode() + ".");
        }
        return new ChainLink(tail, event);
    }

    /**
     * SHA-256 over one fixed serialisation of the link: the format name and then division,
     * sequence, notice id, kind, revision, content hash, previous hash and time (ISO-8601), one per
     * line. No field can contain a line break, so no two different links serialise alike.
     */
    static String hashOf(String divisionCode, long sequence, String noticeId, NoticePublished.Kind kind, int revision,
                         String contentHash, String previousHash, Instant at) {
        return Sha256.hex(String.join("\n", FORMAT, divisionCode, Long.toString(sequence), noticeId, kind.name(),
                Integer.toString(revision), contentHash, previousHash, at.toString()));
    }

    /** The link hash recomputed from the fields as stored now. */
    String computedHash() {
        return hashOf(divisionCode, sequence, noticeId, kind, revision, contentHash, previousHash, at);
    }

    /** Whether the stored link hash still fits the stored fields. */
    boolean isIntact() {
        return computedHash().equals(linkHash);
    }

    public String divisionCode() {
        return divisionCode;
    }

    public long sequence() {
        return sequence;
    }

    public String noticeId() {
        return noticeId;
    }

    public NoticePublished.Kind kind() {
        return kind;
    }

    public int revision() {
        return revision;
    }

    public String contentHash() {
        return contentHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String linkHash() {
        return linkHash;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }
}
