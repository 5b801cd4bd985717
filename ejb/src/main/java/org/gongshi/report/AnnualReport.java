package org.gongshi.report;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A division's annual report of one year: the text sections 一, 五 and 六, the figures of table 二 that
 * staff enter, and — once finalised — the frozen cells of all three tables. It guards the order of
 * things: texts and entries change only in a draft; a report is finalised only when every balance
 * check holds (the caller passes the tables just computed); reopening needs a reason.
 */
@Entity
@Table(name = "ANNUAL_REPORT")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class AnnualReport {

    public static final int TEXT_MAX = 20_000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "REPORT_YEAR", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    private ReportState state;

    @Column(name = "OVERVIEW", length = TEXT_MAX)
    private String overview;

    @Column(name = "PROBLEMS", length = TEXT_MAX)
    private String problems;

    @Column(name = "OTHER_MATTERS", length = TEXT_MAX)
    private String otherMatters;

    @Column(name = "RULES_ISSUED", nullable = false)
    private long rulesIssued;

    @Column(name = "RULES_ABOLISHED", nullable = false)
    private long rulesAbolished;

    @Column(name = "RULES_IN_FORCE", nullable = false)
    private long rulesInForce;

    @Column(name = "LICENSING_DECISIONS", nullable = false)
    private long licensingDecisions;

    @Column(name = "PENALTY_DECISIONS", nullable = false)
    private long penaltyDecisions;

    @Column(name = "ENFORCEMENT_DECISIONS", nullable = false)
    private long enforcementDecisions;

    @Column(name = "FEES_TEN_THOUSAND", nullable = false, precision = 14, scale = 4)
    private BigDecimal feesTenThousandYuan;

    /** The cells of a finalised report, {@code key=value} per line; none in a draft. */
    @Column(name = "SNAPSHOT", length = 30_000)
    private String snapshot;

    @Column(name = "FINALISED_AT")
    private Instant finalisedAt;

    @Column(name = "FINALISED_BY", length = 100)
    private String finalisedBy;

    @Column(name = "PUBLISHED_NOTICE_ID", length = 36)
    private String publishedNoticeId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    protected AnnualReport() {
        // for JPA
    }

    /** The first save of a division's report of {@code year}: a draft. */
    static AnnualReport start(DivisionCode division, int year, String by, Instant now) {
        Objects.requireNonNull(division, "Division is required.");
        AnnualReport r = new AnnualReport();
        r.id = Ids.newId();
        r.divisionCode = division.value();
        r.year = year;
        r.state = ReportState.DRAFT;
        r.feesTenThousandYuan = BigDecimal.ZERO;
        r.createdAt = now;
        r.createdBy = by;
        r.updatedAt = now;
        r.updatedBy = by;
        return r;
    }

    /** New texts and entries; only a draft changes. */
    void edit(ReportTexts texts, ManualEntries entries, String by, Instant now) {
        requireDraft();
        if (texts != null) {
            overview = text(texts.overview());
            problems = text(texts.problems());
            otherMatters = text(texts.otherMatters());
        }
        if (entries != null) {
            rulesIssued = entries.rulesIssued();
            rulesAbolished = entries.rulesAbolished();
            rulesInForce = entries.rulesInForce();
            licensingDecisions = entries.licensingDecisions();
            penaltyDecisions = entries.penaltyDecisions();
            enforcementDecisions = entries.enforcementDecisions();
            feesTenThousandYuan = entries.feesTenThousandYuan();
        }
        updatedAt = now;
        updatedBy = by;
    }

    /**
     * Freezes {@code tables} (just computed with this report's entries). Refused while any balance check
     * fails, naming the first one (国办公开办函〔2021〕30号: the tables must balance).
     */
    void finalise(AnnualTables tables, String by, Instant now) {
        requireDraft();
        tables.firstFailure().ifPresent(f -> {
            throw new ReportUnbalanced(f);
        });
        StringBuilder s = new StringBuilder();
        tables.cells().forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        snapshot = s.toString();
        state = ReportState.FINALISED;
        finalisedAt = now;
        finalisedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    /** Back to draft, so that the tables follow the data again; the reason goes to the audit trail. */
    void reopen(String reason, String by, Instant now) {
        if (state != ReportState.FINALISED) {
            throw new InvalidState("error.annual-report.not-finalised");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("error.annual-report.reason-required");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInput("error.annual-report.reason-too-long");
        }
        state = ReportState.DRAFT;
        snapshot = null;
        publishedNoticeId = null;
        finalisedAt = null;
        finalisedBy = null;
        updatedAt = now;
        updatedBy = by;
    }

    /** The finalised report went to the notice workflow as draft notice {@code noticeId}. */
    void handedToPublication(String noticeId, String by, Instant now) {
        if (state != ReportState.FINALISED) {
            throw new InvalidState("error.annual-report.publish-needs-final");
        }
        if (publishedNoticeId != null) {
            throw new InvalidState("error.annual-report.already-published");
        }
        publishedNoticeId = Objects.requireNonNull(noticeId, "Notice id is required.");
        updatedAt = now;
        updatedBy = by;
    }

    void requireDraft() {
        if (state != ReportState.DRAFT) {
            throw new InvalidState("error.annual-report.finalised");
        }
    }

    /** The frozen cells of a finalised report; empty for a draft. */
    public Map<String, Number> snapshotCells() {
        Map<String, Number> cells = new LinkedHashMap<>();
        if (snapshot == null) {
            return cells;
        }
        for (String line : snapshot.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1);
                cells.put(key, key.equals("t2.fees.amount") ? new BigDecimal(value) : (Number) Long.valueOf(value));
            }
        }
        return cells;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > TEXT_MAX) {
            throw new InvalidInput("error.annual-report.text-too-long", TEXT_MAX);
        }
        return v;
    }

    public ManualEntries entries() {
        return new ManualEntries(rulesIssued, rulesAbolished, rulesInForce, licensingDecisions, penaltyDecisions,
                enforcementDecisions, feesTenThousandYuan);
    }

    public ReportTexts texts() {
        return new ReportTexts(overview, problems, otherMatters);
    }

    public String id() { return id; }
    public DivisionCode division() { return DivisionCode.of(divisionCode); }
    public long version() { return version; }
    public int year() { return year; }
    public ReportState state() { return state; }
    public Instant finalisedAt() { return finalisedAt; }
    public String finalisedBy() { return finalisedBy; }
    public String publishedNoticeId() { return publishedNoticeId; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
