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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An item a county pushed to every division of its subtree at the given levels: a new item, or a
 * changed version of a standard (or earlier pushed) item under the same key. Stored once, in the
 * county's division; the divisions below read it when they compute their effective catalog. Each push
 * of the same key raises {@code revision}, which is how a tenant's adaptation notices that its upstream
 * changed ("上级目录已更新").
 */
@Entity
@Table(name = "CATALOG_PUSHED_ITEM")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class PushedCatalogItem {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    /** The county that pushed it. */
    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "ITEM_KEY", length = 60, nullable = false, updatable = false)
    private String key;

    /** Comma-separated {@link CatalogLevel} names. */
    @Column(name = "LEVELS", length = 60, nullable = false)
    private String levels;

    @Column(name = "LEVEL1", length = CatalogTexts.NAME_MAX, nullable = false)
    private String level1;

    @Column(name = "LEVEL2", length = CatalogTexts.NAME_MAX, nullable = false)
    private String level2;

    @Column(name = "CONTENT_ELEMENTS", length = CatalogTexts.TEXT_MAX, nullable = false)
    private String contentElements;

    @Column(name = "LEGAL_BASIS", length = CatalogTexts.TEXT_MAX, nullable = false)
    private String legalBasis;

    @Column(name = "UPDATE_RULE", length = 30, nullable = false)
    private String rule;

    @Column(name = "RESPONSIBLE", length = CatalogTexts.SHORT_MAX, nullable = false)
    private String responsible;

    /** {@code |}-separated. */
    @Column(name = "CHANNELS", length = CatalogTexts.SHORT_MAX, nullable = false)
    private String channels;

    @Column(name = "AUDIENCE", length = CatalogTexts.SHORT_MAX, nullable = false)
    private String audience;

    @Column(name = "DISCLOSURE_MODE", length = 20, nullable = false)
    private String mode;

    @Column(name = "MANDATORY", nullable = false)
    private boolean mandatory;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "FIRST_PUSHED_ON", nullable = false, updatable = false)
    private LocalDate firstPushedOn;

    @Column(name = "PUSHED_AT", nullable = false)
    private Instant pushedAt;

    @Column(name = "PUSHED_BY", length = 100, nullable = false)
    private String pushedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected PushedCatalogItem() {
        // for JPA
    }

    PushedCatalogItem(DivisionCode county, CatalogDraft draft, String by, Instant at, LocalDate today) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(county, "County is required.").value();
        this.key = draft.key();
        this.firstPushedOn = today;
        this.revision = 0;
        change(draft, by, at);
    }

    /** A new revision of the item: every field as pushed now. */
    void change(CatalogDraft draft, String by, Instant at) {
        this.levels = draft.levels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.level1 = draft.level1();
        this.level2 = draft.level2();
        this.contentElements = draft.contentElements();
        this.legalBasis = draft.legalBasis();
        this.rule = draft.rule().code();
        this.responsible = draft.responsible();
        this.channels = String.join("|", draft.channels());
        this.audience = draft.audience();
        this.mode = draft.mode().name();
        this.mandatory = draft.mandatory();
        this.revision++;
        this.pushedAt = at;
        this.pushedBy = by;
    }

    /** The item as it applies at {@code level}. */
    StandardItem asItem(CatalogLevel level) {
        return new StandardItem(key, level, level1, level2, contentElements, legalBasis, UpdateRule.parse(rule),
                responsible, channels.isEmpty() ? List.of() : List.of(channels.split("\\|")), audience,
                DisclosureMode.valueOf(mode), mandatory);
    }

    Set<CatalogLevel> levels() {
        Set<CatalogLevel> set = EnumSet.noneOf(CatalogLevel.class);
        Arrays.stream(levels.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(CatalogLevel.valueOf(s)));
        return set;
    }

    public String id() {
        return id;
    }

    public DivisionCode county() {
        return DivisionCode.of(divisionCode);
    }

    public String key() {
        return key;
    }

    public int revision() {
        return revision;
    }

    public LocalDate firstPushedOn() {
        return firstPushedOn;
    }

    public Instant pushedAt() {
        return pushedAt;
    }

    public long version() {
        return version;
    }
}
