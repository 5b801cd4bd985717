package org.gongshi.relief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a list as it may be published: the masked cells of the published columns, the masked
 * name (for the self-check's consistency test) and the keyed hash of the ID number. Nothing here is a
 * raw value; there is deliberately no field for one. Never changed; deleted when the list's retention ends.
 */
@Entity
@Table(name = "RELIEF_ROW")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ReliefRow {

    /** The most characters of one row's masked cells together. */
    static final int CELLS_MAX = 20_000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "LIST_ID", length = 36, nullable = false, updatable = false)
    private String listId;

    @Column(name = "POSITION", nullable = false, updatable = false)
    private int position;

    @Column(name = "CELLS", length = CELLS_MAX, nullable = false, updatable = false)
    private String cells;

    @Column(name = "MASKED_NAME", length = 100, updatable = false)
    private String maskedName;

    @Column(name = "ID_HASH", length = 64, updatable = false)
    private String idHash;

    protected ReliefRow() {
        // for JPA
    }

    ReliefRow(DivisionCode division, String listId, int position, MaskedRow row) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.listId = Objects.requireNonNull(listId, "List is required.");
        this.position = position;
        this.cells = String.join(ReliefList.SEPARATOR, row.cells());
        this.maskedName = row.maskedName();
        this.idHash = row.idHash();
    }

    public int position() {
        return position;
    }

    public List<String> cells() {
        return Arrays.asList(cells.split(ReliefList.SEPARATOR, -1));
    }

    public String maskedName() {
        return maskedName;
    }

    public String idHash() {
        return idHash;
    }
}
