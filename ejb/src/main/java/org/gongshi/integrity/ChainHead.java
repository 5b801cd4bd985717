package org.gongshi.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.tenancy.DivisionCode;

import java.util.Objects;

/**
 * The tail of one division's chain: the number and hash of its last link. Appending locks this row
 * first, so two publications at the same moment take consecutive places one after the other; it
 * also lets verification see a chain whose last links were cut off.
 */
@Entity
@Table(name = "CHAIN_HEAD")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ChainHead {

    @Id
    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "LAST_SEQUENCE", nullable = false)
    private long lastSequence;

    @Column(name = "LAST_LINK_HASH", length = 64, nullable = false)
    private String lastLinkHash;

    protected ChainHead() {
        // for JPA
    }

    private ChainHead(DivisionCode division) {
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.lastSequence = 0;
        this.lastLinkHash = Sha256.NOTHING_BEFORE;
    }

    /** The head of a division whose chain is still empty. */
    static ChainHead empty(DivisionCode division) {
        return new ChainHead(division);
    }

    /** Moves the tail to {@code link}, which must be the next link of this chain. */
    void advanceTo(ChainLink link) {
        if (!link.divisionCode().equals(divisionCode) || link.sequence() != lastSequence + 1
                || !link.previousHash().equals(lastLinkHash)) {
            throw new IllegalArgumentException("Link " + link.sequence() + " does not follow the tail of " + divisionCode + ".");
        }
        this.lastSequence = link.sequence();
        this.lastLinkHash = link.linkHash();
    }

    public String divisionCode() {
        return divisionCode;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastLinkHash() {
        return lastLinkHash;
    }
}
