package org.gongshi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.Objects;

/** One step in a tenant's audit trail: who did what to which record, when, and why. Never changed. */
@Entity
@Table(name = "AUDIT_ENTRY")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class AuditEntry {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "AT", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "ACTION", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "SUBJECT_ID", length = 36, nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "REASON", length = 1000, updatable = false)
    private String reason;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(DivisionCode division, Instant at, String actor, String action, String subjectId, String reason) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.at = Objects.requireNonNull(at, "Time is required.");
        this.actor = Objects.requireNonNull(actor, "Actor is required.");
        this.action = Objects.requireNonNull(action, "Action is required.");
        this.subjectId = Objects.requireNonNull(subjectId, "Subject is required.");
        this.reason = reason;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectId() {
        return subjectId;
    }

    public String reason() {
        return reason;
    }
}
