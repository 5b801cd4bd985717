package org.gongshi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrative review (行政复议) or a lawsuit (行政诉讼) against how a request was handled, and its
 * outcome: what the annual report's table 四 counts. Recorded by the division's staff from the
 * decision they receive; a decided challenge is not decided again.
 */
@Entity
@Table(name = "REQUEST_CHALLENGE")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RequestChallenge {

    /** The three column groups of table 四. */
    public enum Kind {
        /** 行政复议. */
        ADMINISTRATIVE_REVIEW,
        /** 行政诉讼 · 未经复议直接起诉. */
        LITIGATION_DIRECT,
        /** 行政诉讼 · 复议后起诉. */
        LITIGATION_AFTER_REVIEW
    }

    /** The outcome columns of table 四. */
    public enum Outcome {
        /** 结果维持. */
        UPHELD,
        /** 结果纠正. */
        CORRECTED,
        /** 其他结果. */
        OTHER,
        /** 尚未审结. */
        PENDING
    }

    public static final int NOTE_MAX = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "REQUEST_ID", length = 36, nullable = false, updatable = false)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "FILED_ON", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20, nullable = false)
    private Outcome outcome;

    @Column(name = "DECIDED_ON")
    private LocalDate decidedOn;

    @Column(name = "NOTE", length = NOTE_MAX)
    private String note;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    protected RequestChallenge() {
        // for JPA
    }

    /** A challenge filed on {@code filedOn} against {@code request}, not decided yet. */
    static RequestChallenge file(DisclosureRequest request, Kind kind, LocalDate filedOn, String note,
                                 LocalDate today, Instant now, String by) {
        Objects.requireNonNull(request, "Request is required.");
        if (kind == null) {
            throw new InvalidInput("error.challenge.kind-required");
        }
        if (filedOn == null || filedOn.isAfter(today) || filedOn.isBefore(request.receivedOn())) {
            throw new InvalidInput("error.challenge.filed-on");
        }
        RequestChallenge c = new RequestChallenge();
        c.id = Ids.newId();
        c.divisionCode = request.division().value();
        c.requestId = request.id();
        c.kind = kind;
        c.filedOn = filedOn;
        c.outcome = Outcome.PENDING;
        c.note = note(note);
        c.createdAt = now;
        c.createdBy = by;
        return c;
    }

    /** The decision came: upheld, corrected or another result, on {@code on}. */
    void decide(Outcome result, LocalDate on, String note, LocalDate today) {
        if (outcome != Outcome.PENDING) {
            throw new InvalidState("error.challenge.decided");
        }
        if (result == null || result == Outcome.PENDING) {
            throw new InvalidInput("error.challenge.outcome-required");
        }
        if (on == null || on.isAfter(today) || on.isBefore(filedOn)) {
            throw new InvalidInput("error.challenge.decided-on");
        }
        outcome = result;
        decidedOn = on;
        if (note != null && !note.isBlank()) {
            this.note = note(note);
        }
    }

    private static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > NOTE_MAX) {
            throw new InvalidInput("error.challenge.note-too-long", NOTE_MAX);
        }
        return v;
    }

    public String id() { return id; }
    public DivisionCode division() { return DivisionCode.of(divisionCode); }
    public long version() { return version; }
    public String requestId() { return requestId; }
    public Kind kind() { return kind; }
    public LocalDate filedOn() { return filedOn; }
    public Outcome outcome() { return outcome; }
    public LocalDate decidedOn() { return decidedOn; }
    public String note() { return note; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
