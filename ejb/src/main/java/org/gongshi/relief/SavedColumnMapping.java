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
import org.gongshi.shared.Ids;
import org.gongshi.sheet.ColumnMapping;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The column mapping a division last imported a list type with; suggested for its next upload of that type. */
@Entity
@Table(name = "RELIEF_COLUMN_MAPPING")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class SavedColumnMapping {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 40, nullable = false, updatable = false)
    private ReliefListType listType;

    @Column(name = "HEADINGS", length = 4000, nullable = false)
    private String headings;

    @Column(name = "MAPPING", length = 4000, nullable = false)
    private String mapping;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected SavedColumnMapping() {
        // for JPA
    }

    SavedColumnMapping(DivisionCode division, ReliefListType type) {
        this.id = Ids.newId();
        this.divisionCode = division.value();
        this.listType = type;
    }

    void remember(List<String> headings, ColumnMapping mapping, String by, Instant at) {
        this.headings = String.join(ReliefList.SEPARATOR, headings);
        this.mapping = mapping.asText();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public List<String> headings() {
        return headings.isEmpty() ? List.of() : Arrays.asList(headings.split(ReliefList.SEPARATOR, -1));
    }

    public ColumnMapping mapping() {
        return ColumnMapping.parse(mapping);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
