package org.gongshi.relief;

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
import org.gongshi.privacy.FieldType;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One imported relief or poverty list of a division: its type, title, the published column headings
 * with their field types, the masking policy it was masked with, and — once submitted — the notice
 * that publishes it. Its rows ({@link ReliefRow}) hold masked values only.
 */
@Entity
@Table(name = "RELIEF_LIST")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ReliefList {

    /** Separates the stored headings and field types (a unit separator: never typed in a heading). */
    static final String SEPARATOR = "\u001F";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 40, nullable = false, updatable = false)
    private ReliefListType listType;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    private ReliefListState state;

    @Column(name = "HEADINGS", length = 4000, nullable = false, updatable = false)
    private String headings;

    @Column(name = "FIELD_TYPES", length = 4000, nullable = false, updatable = false)
    private String fieldTypes;

    @Column(name = "POLICY", length = 1000, nullable = false, updatable = false)
    private String policy;

    @Column(name = "ROW_COUNT", nullable = false)
    private int rowCount;

    @Column(name = "NOTICE_ID", length = 36)
    private String noticeId;

    @Column(name = "NOTICE_STARTS_ON")
    private LocalDate noticeStartsOn;

    @Column(name = "NOTICE_ENDS_ON")
    private LocalDate noticeEndsOn;

    /** The first day the rows may no longer be kept (PIPL Art. 47); computed in one place, {@link Retention}. */
    @Column(name = "DELETE_ROWS_ON", nullable = false)
    private LocalDate deleteRowsOn;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "ROWS_DELETED_AT")
    private Instant rowsDeletedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ReliefList() {
        // for JPA
    }

    ReliefList(DivisionCode division, ReliefListType type, String title, List<String> headings, List<FieldType> types,
               String policy, String createdBy, Instant createdAt, LocalDate deleteRowsOn) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.listType = Objects.requireNonNull(type, "List type is required.");
        this.title = Objects.requireNonNull(title, "Title is required.");
        if (headings.size() != types.size()) {
            throw new IllegalArgumentException("One field type per heading.");
        }
        this.headings = String.join(SEPARATOR, headings);
        this.fieldTypes = String.join(SEPARATOR, types.stream().map(Enum::name).toList());
        this.policy = Objects.requireNonNull(policy, "Policy is required.");
        this.state = ReliefListState.IMPORTED;
        this.createdBy = Objects.requireNonNull(createdBy, "Creator is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Time is required.");
        this.deleteRowsOn = Objects.requireNonNull(deleteRowsOn, "Retention end is required.");
    }

    void counted(int rows) {
        this.rowCount = rows;
    }

    /** Records the notice that publishes the list; a list is submitted once. */
    void submitted(String noticeId, LocalDate startsOn, LocalDate endsOn, Instant at, LocalDate deleteRowsOn) {
        if (state != ReliefListState.IMPORTED) {
            throw new InvalidState("error.relief.already-submitted");
        }
        this.noticeId = Objects.requireNonNull(noticeId, "Notice is required.");
        this.noticeStartsOn = startsOn;
        this.noticeEndsOn = endsOn;
        this.submittedAt = at;
        this.deleteRowsOn = deleteRowsOn;
        this.state = ReliefListState.SUBMITTED;
    }

    void rowsDeleted(Instant at) {
        this.state = ReliefListState.ROWS_DELETED;
        this.rowsDeletedAt = at;
    }

    public String id() {
        return id;
    }

    public DivisionCode division() {
        return DivisionCode.of(divisionCode);
    }

    public ReliefListType listType() {
        return listType;
    }

    public String title() {
        return title;
    }

    public ReliefListState state() {
        return state;
    }

    public List<String> headings() {
        return headings.isEmpty() ? List.of() : Arrays.asList(headings.split(SEPARATOR, -1));
    }

    public List<FieldType> fieldTypes() {
        return fieldTypes.isEmpty() ? List.of()
                : Arrays.stream(fieldTypes.split(SEPARATOR, -1)).map(FieldType::valueOf).toList();
    }

    public String policy() {
        return policy;
    }

    public int rowCount() {
        return rowCount;
    }

    public String noticeId() {
        return noticeId;
    }

    public LocalDate noticeStartsOn() {
        return noticeStartsOn;
    }

    public LocalDate noticeEndsOn() {
        return noticeEndsOn;
    }

    public LocalDate deleteRowsOn() {
        return deleteRowsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant rowsDeletedAt() {
        return rowsDeletedAt;
    }

    public long version() {
        return version;
    }
}
