package org.gongshi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.notice.NoticePublished;
import org.gongshi.tenancy.TenantScope;

/**
 * Writes every publication, revision and withdrawal into its division's chain. The event is
 * observed synchronously, inside the transaction that publishes; if the link cannot be written the
 * publication fails with it.
 */
@ApplicationScoped
public class ChainRecorder {

    @Inject
    TenantData data;

    void record(@Observes NoticePublished event) {
        try (EntityManager em = data.open(TenantScope.own(event.division()))) {
            ChainWriter.append(em, event);
        }
    }
}
