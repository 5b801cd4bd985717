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

import java.time.Instant;

/** A tenant's secret for ID-number hashes, made at random on first use and kept only sealed ({@link SecretSealing}). */
@Entity
@Table(name = "RELIEF_HASH_SECRET")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class TenantHashSecret {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "SEALED", length = 200, nullable = false, updatable = false)
    private String sealed;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected TenantHashSecret() {
        // for JPA
    }

    TenantHashSecret(DivisionCode division, String sealed, Instant createdAt) {
        this.id = Ids.newId();
        this.divisionCode = division.value();
        this.sealed = sealed;
        this.createdAt = createdAt;
    }

    String sealed() {
        return sealed;
    }

    String divisionCode() {
        return divisionCode;
    }
}
