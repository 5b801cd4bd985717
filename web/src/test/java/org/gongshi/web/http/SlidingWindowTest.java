package org.gongshi.web.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window behind the code-guessing guard and the filing limit. */
class SlidingWindowTest {

    private final HandClock clock = new HandClock(Instant.parse("2026-09-18T02:00:00Z"));
    private static final List<SlidingWindow.Limit> FIVE_PER_TEN_MINUTES_TWENTY_A_DAY = List.of(
            new SlidingWindow.Limit(5, Duration.ofMinutes(10)), new SlidingWindow.Limit(20, Duration.ofHours(24)));

    @Test
    void events_count_only_while_they_are_inside_the_window() {
        SlidingWindow window = new SlidingWindow(Duration.ofMinutes(15), 100, clock);
        window.record("a");
        clock.advance(Duration.ofMinutes(10));
        window.record("a");
        assertThat(window.count("a", Duration.ofMinutes(15))).isEqualTo(2);
        assertThat(window.count("a", Duration.ofMinutes(5))).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(window.count("a", Duration.ofMinutes(15))).as("the first left the window at exactly 15 minutes").isEqualTo(1);
        assertThat(window.count("b", Duration.ofMinutes(15))).isZero();
    }

    @Test
    void the_sixth_try_within_ten_minutes_is_refused_until_the_first_leaves_the_window() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(24), 100, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(window.tryRecord("10.0.0.1", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY).recorded()).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        SlidingWindow.Attempt refused = window.tryRecord("10.0.0.1", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY);
        assertThat(refused.recorded()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(window.tryRecord("10.0.0.2", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY).recorded()).as("another client").isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(window.tryRecord("10.0.0.1", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY).recorded()).isTrue();
    }

    @Test
    void twenty_a_day_hold_even_when_spread_out_and_the_wait_is_until_the_oldest_is_a_day_old() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(24), 100, clock);
        Instant first = clock.instant();
        for (int i = 0; i < 20; i++) {
            assertThat(window.tryRecord("c", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY).recorded()).as("filing %d", i + 1).isTrue();
            clock.advance(Duration.ofMinutes(30));
        }
        SlidingWindow.Attempt refused = window.tryRecord("c", FIVE_PER_TEN_MINUTES_TWENTY_A_DAY);
        assertThat(refused.recorded()).isFalse();
        assertThat(clock.instant().plus(refused.retryAfter())).isEqualTo(first.plus(Duration.ofHours(24)));
    }

    @Test
    void a_forgotten_try_gives_its_place_back() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(24), 100, clock);
        SlidingWindow.Limit one = new SlidingWindow.Limit(1, Duration.ofMinutes(10));
        SlidingWindow.Attempt taken = window.tryRecord("c", List.of(one));
        assertThat(window.tryRecord("c", List.of(one)).recorded()).isFalse();
        window.forget("c", taken.at());
        assertThat(window.tryRecord("c", List.of(one)).recorded()).isTrue();
    }

    @Test
    void a_flood_of_keys_is_bounded_and_forgets_the_oldest_first() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(1), 100, clock);
        window.record("oldest");
        for (int i = 0; i < 500; i++) {
            clock.advance(Duration.ofSeconds(1));
            window.record("flood-" + i);
        }
        assertThat(window.count("oldest", Duration.ofHours(1))).isZero();
        assertThat(window.count("flood-499", Duration.ofHours(1))).isEqualTo(1);
    }
}
