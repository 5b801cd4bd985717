package org.gongshi.relief;

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

/**
 * What remains when a list's personal rows are deleted at the end of their retention (PIPL Art. 47:
 * delete when the purpose is met or the retention period ends): which list, of which type, how many
 * rows, when, by whom and why. Never changed.
 */
@Entity
@Table(name = "RELIEF_DELETION_RECORD")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DeletionRecord {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "LIST_ID", length = 36, nullable = false, updatable = false)
    private String listId;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 40, nullable = false, updatable = false)
    private ReliefListType listType;

    @Column(name = "ROWS_DELETED", nullable = false, updatable = false)
    private int rowsDeleted;

    @Column(name = "DELETED_AT", nullable = false, updatable = false)
    private Instant deletedAt;

    @Column(name = "DELETED_BY", length = 100, nullable = false, updatable = false)
    private String deletedBy;

    @Column(name = "REASON", length = 500, nullable = false, updatable = false)
    private String reason;

    protected DeletionRecord() {
        // for JPA
    }

    DeletionRecord(DivisionCode division, String listId, ReliefListType type, int rowsDeleted, Instant at, String by,
                   String reason) {
        this.id = Ids.newId();
        this.divisionCode = division.value();
        this.listId = listId;
        this.listType = type;
        this.rowsDeleted = rowsDeleted;
        this.deletedAt = at;
        this.deletedBy = by;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String listId() {
        return listId;
    }

    public ReliefListType listType() {
        return listType;
    }

    public int rowsDeleted() {
        return rowsDeleted;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }

    public String reason() {
        return reason;
    }
}
