package org.gongshi.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;

/**
 * How many levels of review (三审: one to three) a division's notices pass before publication.
 * A division without a row reviews at {@link #DEFAULT_LEVELS} level.
 */
@Entity
@Table(name = "REVIEW_POLICY")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ReviewPolicy {

    public static final int DEFAULT_LEVELS = 1;

    @Id
    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "LEVELS", nullable = false)
    private int levels;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ReviewPolicy() {
        // for JPA
    }

    ReviewPolicy(DivisionCode division, int levels) {
        this.divisionCode = division.value();
        change(levels);
    }

    void change(int levels) {
        if (levels < 1 || levels > 3) {
            throw new InvalidInput("error.review.levels-out-of-range");
        }
        this.levels = levels;
    }

    public int levels() {
        return levels;
    }
}
