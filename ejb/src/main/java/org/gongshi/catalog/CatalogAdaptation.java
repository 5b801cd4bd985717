package org.gongshi.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.Objects;

/**
 * A tenant's own change to its catalog: a renamed level-2 name, a disabled item, or an item of its own
 * ({@code own}, then every field is here). {@code baseRevision} is the upstream revision the tenant saw
 * when it last adapted the item (0 = the national template); when the county pushes a newer one the
 * adaptation is kept and the item is marked "上级目录已更新" until the tenant reviews it.
 */
@Entity
@Table(name = "CATALOG_ADAPTATION")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class CatalogAdaptation {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "ITEM_KEY", length = 60, nullable = false, updatable = false)
    private String key;

    @Column(name = "OWN_ITEM", nullable = false, updatable = false)
    private boolean own;

    /** The tenant's level-2 name; null keeps the upstream name. */
    @Column(name = "LEVEL2", length = CatalogTexts.NAME_MAX)
    private String level2;

    @Column(name = "DISABLED", nullable = false)
    private boolean disabled;

    @Column(name = "BASE_REVISION", nullable = false)
    private int baseRevision;

    // The fields of an own item (null for an adaptation of an upstream item).
    @Column(name = "LEVEL1", length = CatalogTexts.NAME_MAX)
    private String level1;

    @Column(name = "CONTENT_ELEMENTS", length = CatalogTexts.TEXT_MAX)
    private String contentElements;

    @Column(name = "LEGAL_BASIS", length = CatalogTexts.TEXT_MAX)
    private String legalBasis;

    @Column(name = "UPDATE_RULE", length = 30)
    private String rule;

    @Column(name = "RESPONSIBLE", length = CatalogTexts.SHORT_MAX)
    private String responsible;

    @Column(name = "CHANNELS", length = CatalogTexts.SHORT_MAX)
    private String channels;

    @Column(name = "AUDIENCE", length = CatalogTexts.SHORT_MAX)
    private String audience;

    @Column(name = "DISCLOSURE_MODE", length = 20)
    private String mode;

    @Column(name = "CREATED_ON", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CatalogAdaptation() {
        // for JPA
    }

    /** An adaptation of an upstream item. */
    CatalogAdaptation(DivisionCode division, String key, int baseRevision, String by, Instant at, LocalDate today) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.key = Objects.requireNonNull(key, "Key is required.");
        this.baseRevision = baseRevision;
        this.createdOn = today;
        touch(by, at);
    }

    /** An item of the tenant's own. */
    static CatalogAdaptation ownItem(DivisionCode division, CatalogDraft draft, String by, Instant at, LocalDate today) {
        CatalogAdaptation a = new CatalogAdaptation(division, draft.key(), 0, by, at, today);
        a.own = true;
        a.level1 = draft.level1();
        a.level2 = draft.level2();
        a.contentElements = draft.contentElements();
        a.legalBasis = draft.legalBasis();
        a.rule = draft.rule().code();
        a.responsible = draft.responsible();
        a.channels = String.join("|", draft.channels());
        a.audience = draft.audience();
        a.mode = draft.mode().name();
        return a;
    }

    StandardItem asOwnItem(CatalogLevel level) {
        return new StandardItem(key, level, level1, level2, contentElements, legalBasis, UpdateRule.parse(rule),
                responsible, channels == null || channels.isEmpty() ? List.of() : List.of(channels.split("\\|")),
                audience, DisclosureMode.valueOf(mode), false);
    }

    void rename(String level2) {
        this.level2 = level2;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    void reviewed(int upstreamRevision) {
        this.baseRevision = upstreamRevision;
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String id() {
        return id;
    }

    public DivisionCode division() {
        return DivisionCode.of(divisionCode);
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String key() {
        return key;
    }

    public boolean own() {
        return own;
    }

    public String level2() {
        return level2;
    }

    public boolean disabled() {
        return disabled;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public long version() {
        return version;
    }
}
