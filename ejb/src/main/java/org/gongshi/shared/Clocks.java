package org.gongshi.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The clock every use case reads time from; tests replace it. */
@ApplicationScoped
public class Clocks {

    /**
     * The finest time the databases keep ({@code TIMESTAMP WITH TIME ZONE}: microseconds on H2 and
     * PostgreSQL). The clock ticks in these steps, so an instant comes back from the database exactly
     * as it was written — which tamper evidence relies on when it hashes a notice's publication time
     * at publication and again, read from the database, at every check.
     */
    public static final Duration PRECISION = Duration.of(1, ChronoUnit.MICROS);

    @Produces
    Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), PRECISION);
    }
}
