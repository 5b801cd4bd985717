package org.gongshi.oversight;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An issued bulletin or set of quarterly cards, kept as it was issued: the text a notice publishes,
 * the Word and PDF documents, and the date its compliance was computed for. Only the link to the
 * notice it was published as changes.
 */
@Entity
@Table(name = "OVERSIGHT_ISSUE")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class OversightIssue {

    /** 月月通报 or 每季亮牌. */
    public enum Kind { BULLETIN, CARDS }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "PERIOD", length = 10, nullable = false, updatable = false)
    private String period;

    @Column(name = "COMPUTED_ON", nullable = false, updatable = false)
    private LocalDate computedOn;

    @Column(name = "TITLE", length = 200, nullable = false, updatable = false)
    private String title;

    @Column(name = "BODY", nullable = false, updatable = false)
    private String body;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DOCX", nullable = false, updatable = false)
    private byte[] docx;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PDF", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "NOTICE_ID", length = 36)
    private String noticeId;

    @Column(name = "ISSUED_BY", length = 100, nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    protected OversightIssue() {
        // for JPA
    }

    OversightIssue(DivisionCode division, Kind kind, String period, LocalDate computedOn, String title, String body,
                   byte[] docx, byte[] pdf, String issuedBy, Instant issuedAt) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.kind = Objects.requireNonNull(kind, "Kind is required.");
        this.period = Objects.requireNonNull(period, "Period is required.");
        this.computedOn = Objects.requireNonNull(computedOn, "Computation date is required.");
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.body = Objects.requireNonNull(body, "Body is required.");
        this.docx = Objects.requireNonNull(docx, "Word document is required.");
        this.pdf = Objects.requireNonNull(pdf, "PDF is required.");
        this.issuedBy = Objects.requireNonNull(issuedBy, "Issuer is required.");
        this.issuedAt = Objects.requireNonNull(issuedAt, "Time of issue is required.");
    }

    void publishedAs(String noticeId) {
        this.noticeId = Objects.requireNonNull(noticeId, "Notice id is required.");
    }

    public String id() { return id; }
    public String divisionCode() { return divisionCode; }
    public long version() { return version; }
    public Kind kind() { return kind; }
    public String period() { return period; }
    public LocalDate computedOn() { return computedOn; }
    public String title() { return title; }
    public String body() { return body; }
    public byte[] docx() { return docx; }
    public byte[] pdf() { return pdf; }
    public String noticeId() { return noticeId; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
}
