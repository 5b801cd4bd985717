package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * How many requests one client address may file, on the public site, the kiosk and the JSON API
 * together: by default 5 within 10 minutes and 20 within 24 hours (sliding windows, in memory on this
 * server, {@link AddressLimit}). MicroProfile Config {@code gongshi.request.filing-limit.count} and
 * {@code …minutes} (the short window), {@code …daily} (the 24 hours). Behind a reverse proxy the
 * address is the proxy's unless the server takes it from the forwarding header (as for
 * {@link AccessCodeGuard}); a kiosk, or a village behind one NAT address, shares one allowance —
 * raise the numbers where that is the case.
 */
@ApplicationScoped
public class FilingLimit extends AddressLimit {

    static final int DEFAULT_COUNT = 5;
    static final int DEFAULT_MINUTES = 10;
    static final int DEFAULT_DAILY = 20;

    @Inject
    public FilingLimit(@ConfigProperty(name = "gongshi.request.filing-limit.count", defaultValue = "5") int count,
                       @ConfigProperty(name = "gongshi.request.filing-limit.minutes", defaultValue = "10") int minutes,
                       @ConfigProperty(name = "gongshi.request.filing-limit.daily", defaultValue = "20") int daily) {
        this(count, minutes, daily, Clock.systemUTC());
    }

    FilingLimit(int count, int minutes, int daily, Clock clock) {
        super(count, minutes, daily, clock);
    }

    /** For CDI's proxy. */
    protected FilingLimit() {
        this(DEFAULT_COUNT, DEFAULT_MINUTES, DEFAULT_DAILY, Clock.systemUTC());
    }
}
