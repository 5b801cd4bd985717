package org.gongshi.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.Objects;

/** One reviewer's decision at one level of a notice's review (三审). Never changed. */
@Entity
@Table(name = "REVIEW_STEP")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ReviewStep {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "NOTICE_ID", length = 36, nullable = false, updatable = false)
    private String noticeId;

    /** Which submission of the notice this decision belongs to (a rejection starts a new round). */
    @Column(name = "ROUND_STARTED_AT", nullable = false, updatable = false)
    private Instant roundStartedAt;

    @Column(name = "REVIEW_LEVEL", nullable = false, updatable = false)
    private int level;

    @Column(name = "REVIEWER", length = 100, nullable = false, updatable = false)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 20, nullable = false, updatable = false)
    private ReviewDecision decision;

    @Column(name = "REASON", length = 1000, updatable = false)
    private String reason;

    @Column(name = "DECIDED_AT", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewStep() {
        // for JPA
    }

    ReviewStep(DivisionCode division, String noticeId, Instant roundStartedAt, int level, String reviewer,
               ReviewDecision decision, String reason, Instant decidedAt) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.noticeId = Objects.requireNonNull(noticeId, "Notice is required.");
        this.roundStartedAt = Objects.requireNonNull(roundStartedAt, "Round is required.");
        this.level = level;
        this.reviewer = Objects.requireNonNull(reviewer, "Reviewer is required.");
        this.decision = Objects.requireNonNull(decision, "Decision is required.");
        this.reason = reason;
        this.decidedAt = Objects.requireNonNull(decidedAt, "Time is required.");
    }

    public String noticeId() {
        return noticeId;
    }

    public int level() {
        return level;
    }

    public String reviewer() {
        return reviewer;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant roundStartedAt() {
        return roundStartedAt;
    }
}
