package org.warrant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final Instant now = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void a_failure_is_tried_again_sooner_first_and_later_after_each_failure_then_given_up() {
        assertThat(RetrySchedule.after(1, now)).hasValue(now.plus(Duration.ofMinutes(1)));
        assertThat(RetrySchedule.after(3, now)).hasValue(now.plus(Duration.ofMinutes(30)));
        assertThat(RetrySchedule.after(5, now)).hasValue(now.plus(Duration.ofHours(8)));
        assertThat(RetrySchedule.after(6, now)).isEmpty();
        assertThat(RetrySchedule.after(0, now)).as("nothing failed yet: nothing to schedule").isEmpty();
    }
}
