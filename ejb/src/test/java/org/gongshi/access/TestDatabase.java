package org.gongshi.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.gongshi.tenancy.TenantScope;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real persistence unit ({@code META-INF/persistence.xml}, the real migrations) outside the
 * server: embedded H2 by default, PostgreSQL when {@code GONGSHI_DB_URL} names one (its own schema,
 * created fresh and dropped after). Entity managers are opened exactly as {@link TenantData} opens
 * them, with the scope bound as the criteria parameter.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final Flyway flyway;
    private final String url;
    private final String user;
    private final String password;

    public TestDatabase() {
        String url = System.getenv("GONGSHI_DB_URL");
        String user = System.getenv().getOrDefault("GONGSHI_DB_USER", "sa");
        String password = System.getenv().getOrDefault("GONGSHI_DB_PASSWORD", "sa");
        String schema = null;
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            schema = "unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "sa";
        }
        this.url = url;
        this.user = user;
        this.password = password;
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").cleanDisabled(false);
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        flyway = config.load();
        flyway.migrate();

        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "WARNING");
        factory = Persistence.createEntityManagerFactory("gongshi", properties);
    }

    /** An entity manager that sees exactly {@code scope}, opened as the application opens them. */
    public EntityManager open(TenantScope scope) {
        return factory.createEntityManager(Map.of(TenantData.SCOPE_PARAMETER, scope.likePattern()));
    }

    /** An entity manager with no scope bound, which must not be able to read tenant data. */
    public EntityManager openWithoutScope() {
        return factory.createEntityManager();
    }

    /** An entity manager for national data, opened as {@link TenantData#openNational()} opens it: no scope bound. */
    public EntityManager openNational() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in a transaction of a national entity manager. */
    public <T> T inNationalTransaction(java.util.function.Function<EntityManager, T> work) {
        try (EntityManager em = openNational()) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }

    /**
     * A plain JDBC connection to the same database (and schema), past JPA and its tenant criteria:
     * for tests that change rows behind the application's back, as someone with database access could.
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs {@code work} in a transaction of {@code scope}, rolled back when it throws (as the container does). */
    public <T> T inTransaction(TenantScope scope, java.util.function.Function<EntityManager, T> work) {
        try (EntityManager em = open(scope)) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }

    @Override
    public void close() {
        factory.close();
        if (flyway.getConfiguration().getSchemas().length > 0) {
            flyway.clean();
        }
    }
}
