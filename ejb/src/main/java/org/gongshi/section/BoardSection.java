package org.gongshi.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;

import java.util.Objects;

/**
 * One section (栏目) of a division's board. The key is stable (notices store it); the name, the
 * position and whether it is hidden are the administrator's to change.
 *
 * <p>Tenant isolation as for every tenant entity: the criteria below carry the scope of the entity
 * manager ({@code org.gongshi.access.TenantData}); the cache is isolated.
 */
@Entity
@Table(name = "BOARD_SECTION")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class BoardSection {

    public static final int NAME_MAX = 30;
    public static final int KEY_MAX = 40;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "SECTION_KEY", length = KEY_MAX, nullable = false, updatable = false)
    private String key;

    @Column(name = "NAME", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "SORT_POSITION", nullable = false)
    private int position;

    @Column(name = "HIDDEN", nullable = false)
    private boolean hidden;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected BoardSection() {
        // for JPA
    }

    BoardSection(DivisionCode division, String key, String name, int position) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.key = Objects.requireNonNull(key, "Key is required.");
        this.name = cleanName(name);
        this.position = position;
    }

    /** Not blank, at most {@value #NAME_MAX} characters once trimmed. */
    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("error.section.name-required");
        }
        String clean = name.strip();
        if (clean.codePointCount(0, clean.length()) > NAME_MAX) {
            throw new InvalidInput("error.section.name-too-long", NAME_MAX);
        }
        return clean;
    }

    void rename(String newName) {
        this.name = cleanName(newName);
    }

    void placeAt(int position) {
        if (this.position != position) {
            this.position = position;
        }
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public String id() {
        return id;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public DivisionCode division() {
        return DivisionCode.of(divisionCode);
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean hidden() {
        return hidden;
    }

    public long version() {
        return version;
    }
}
