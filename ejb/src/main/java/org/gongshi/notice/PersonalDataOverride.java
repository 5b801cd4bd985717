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

/**
 * A clerk's recorded decision to publish a notice's content although the personal-data check found
 * something in it, with the legal basis and reason. It holds for one content only — the SHA-256 of the
 * texts and attachments that were checked — so any later change needs a new check and a new decision.
 * What was found is kept masked. Never changed.
 */
@Entity
@Table(name = "PERSONAL_DATA_OVERRIDE")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class PersonalDataOverride {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "NOTICE_ID", length = 36, nullable = false, updatable = false)
    private String noticeId;

    @Column(name = "CONTENT_SHA256", length = 64, nullable = false, updatable = false)
    private String contentSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "BASIS", length = 30, nullable = false, updatable = false)
    private OverrideBasis basis;

    @Column(name = "REASON", length = OverrideReason.TEXT_MAX, nullable = false, updatable = false)
    private String reason;

    /** What the check found, masked: place, line, kind and masked number of each finding. */
    @Column(name = "FINDINGS", length = 2000, nullable = false, updatable = false)
    private String findings;

    @Column(name = "OVERRIDDEN_BY", length = 100, nullable = false, updatable = false)
    private String overriddenBy;

    @Column(name = "OVERRIDDEN_AT", nullable = false, updatable = false)
    private Instant overriddenAt;

    protected PersonalDataOverride() {
        // for JPA
    }

    PersonalDataOverride(DivisionCode division, String noticeId, String contentSha256, OverrideReason reason,
                         String findings, String by, Instant at) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.noticeId = Objects.requireNonNull(noticeId, "Notice is required.");
        this.contentSha256 = Objects.requireNonNull(contentSha256, "Content hash is required.");
        this.basis = Objects.requireNonNull(reason, "Reason is required.").basis();
        this.reason = reason.text();
        this.findings = findings.length() > 2000 ? findings.substring(0, 1999) + "…" : findings;
        this.overriddenBy = Objects.requireNonNull(by, "Who overrides is required.");
        this.overriddenAt = Objects.requireNonNull(at, "Time is required.");
    }

    public String noticeId() {
        return noticeId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public OverrideBasis basis() {
        return basis;
    }

    public String reason() {
        return reason;
    }

    public String findings() {
        return findings;
    }

    public String overriddenBy() {
        return overriddenBy;
    }

    public Instant overriddenAt() {
        return overriddenAt;
    }
}
