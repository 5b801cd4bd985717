package org.gongshi.relief;

import jakarta.enterprise.context.ApplicationScoped;

/** The server's sealing key for the tenants' hash secrets, read once from configuration ({@link SecretSealing}). */
@ApplicationScoped
public class ReliefKeys {

    private volatile SecretSealing sealing;

    public SecretSealing sealing() {
        SecretSealing s = sealing;
        if (s == null) {
            s = SecretSealing.fromConfiguration();
            sealing = s;
        }
        return s;
    }
}
