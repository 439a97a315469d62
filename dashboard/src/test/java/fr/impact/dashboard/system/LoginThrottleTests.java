package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAfterFiveFailuresWithinTenMinutesThenUnlocksTenMinutesLater() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Agent");
        }
        assertThat(throttle.locked("agent")).isFalse();
        throttle.failed("agent");
        assertThat(throttle.locked("AGENT")).as("names compare without case").isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.locked("agent")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.locked("agent")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent");
        }
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("agent");
        assertThat(throttle.locked("agent")).isFalse();
    }

    @Test
    void aSuccessClearsTheCountAndOtherNamesAreNotAffected() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent");
        }
        throttle.succeeded("agent");
        throttle.failed("agent");
        assertThat(throttle.locked("agent")).isFalse();
        for (int i = 0; i < 5; i++) {
            throttle.failed("elu");
        }
        assertThat(throttle.locked("elu")).isTrue();
        assertThat(throttle.locked("agent")).isFalse();
    }
}
