package org.gongshi.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClocksTest {

    @Test
    void the_application_clock_ticks_in_whole_microseconds_as_the_databases_store_time() {
        Clock clock = new Clocks().systemClock();
        for (int i = 0; i < 1000; i++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000).as(now.toString()).isZero();
        }
    }
}
