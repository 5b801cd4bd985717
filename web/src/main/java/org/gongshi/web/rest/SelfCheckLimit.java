package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * How many relief self-checks one client address may ask, on the public site, the kiosk and the JSON
 * API together: by default 5 within 10 minutes and 20 within 24 hours ({@link AddressLimit}).
 * Guessing who is on a list by trying ID numbers is slow only together with this limit: the keyed
 * hash alone does not stop a guesser who asks the server. MicroProfile Config
 * {@code gongshi.relief.self-check-limit.count}, {@code …minutes} and {@code …daily}. A kiosk shares
 * one allowance among everyone who uses it: raise the numbers for a busy service centre.
 */
@ApplicationScoped
public class SelfCheckLimit extends AddressLimit {

    static final int DEFAULT_COUNT = 5;
    static final int DEFAULT_MINUTES = 10;
    static final int DEFAULT_DAILY = 20;

    @Inject
    public SelfCheckLimit(@ConfigProperty(name = "gongshi.relief.self-check-limit.count", defaultValue = "5") int count,
                          @ConfigProperty(name = "gongshi.relief.self-check-limit.minutes", defaultValue = "10") int minutes,
                          @ConfigProperty(name = "gongshi.relief.self-check-limit.daily", defaultValue = "20") int daily) {
        this(count, minutes, daily, Clock.systemUTC());
    }

    SelfCheckLimit(int count, int minutes, int daily, Clock clock) {
        super(count, minutes, daily, clock);
    }

    /** For CDI's proxy. */
    protected SelfCheckLimit() {
        this(DEFAULT_COUNT, DEFAULT_MINUTES, DEFAULT_DAILY, Clock.systemUTC());
    }
}
