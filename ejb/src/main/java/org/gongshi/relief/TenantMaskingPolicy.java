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
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;

/**
 * A tenant administrator's masking policy for one list type, over the type's default. Stored in the
 * privacy module's v1 format; read back through {@link MaskingPolicy#parse}, which refuses anything
 * below the floor, so a row edited behind the application's back cannot lower it either.
 */
@Entity
@Table(name = "RELIEF_MASKING_POLICY")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class TenantMaskingPolicy {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 40, nullable = false, updatable = false)
    private ReliefListType listType;

    @Column(name = "POLICY", length = 1000, nullable = false)
    private String policy;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected TenantMaskingPolicy() {
        // for JPA
    }

    TenantMaskingPolicy(DivisionCode division, ReliefListType type) {
        this.id = Ids.newId();
        this.divisionCode = division.value();
        this.listType = type;
    }

    void change(MaskingPolicy policy, String by, Instant at) {
        this.policy = policy.format();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public MaskingPolicy policy() {
        return MaskingPolicy.parse(policy);
    }

    public String id() {
        return id;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
