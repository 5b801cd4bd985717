package org.gongshi.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import org.gongshi.tenancy.TenantScope;

import java.util.Map;
import java.util.Objects;

/**
 * The only way to the database for tenant data. Every entity manager it opens is new (so no
 * persistence context ever carries one tenant's objects into another's work), joins the current
 * JTA transaction, and binds the {@value #SCOPE_PARAMETER} parameter that every tenant entity's
 * {@code @AdditionalCriteria} filters on. An entity manager opened without a scope cannot query
 * tenant entities at all: EclipseLink refuses the missing parameter.
 */
@ApplicationScoped
public class TenantData {

    /** Name of the parameter in the entities' {@code @AdditionalCriteria}. */
    public static final String SCOPE_PARAMETER = "tenantScope";

    @PersistenceUnit(unitName = "gongshi")
    private EntityManagerFactory factory;

    /** Opens an entity manager that sees exactly the divisions of {@code scope}; close it when done. */
    public EntityManager open(TenantScope scope) {
        Objects.requireNonNull(scope, "Tenant scope is required.");
        EntityManager em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED,
                Map.of(SCOPE_PARAMETER, scope.likePattern()));
        em.joinTransaction();
        return em;
    }

    /**
     * Opens an entity manager for national data that belongs to no tenant (the official holiday
     * schedule, {@code HOLIDAY_DAY}); close it when done. It binds no {@value #SCOPE_PARAMETER}, so
     * it cannot read or write any tenant entity: EclipseLink refuses every query on an entity with
     * {@code @AdditionalCriteria} when the parameter is missing (covered by
     * {@code TenantIsolationTest}). National entities carry no criteria and no division; only the
     * capability that owns one queries it, and its use cases decide who may change it.
     */
    public EntityManager openNational() {
        EntityManager em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED);
        em.joinTransaction();
        return em;
    }
}
