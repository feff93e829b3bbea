package org.warrant.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again something sent to another server (mail, a score to an LMS) after a failure: 1, 5 and 30 minutes,
 * then 2 and 8 hours later, about ten hours in all; after the sixth failure, never.
 */
public final class RetrySchedule {

    private static final Duration[] WAITS = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(8)};

    private RetrySchedule() {
    }

    /** The next attempt after {@code failedAttempts} failures (counting the one just made), or empty: give up. */
    public static Optional<Instant> after(int failedAttempts, Instant now) {
        return failedAttempts >= 1 && failedAttempts <= WAITS.length ? Optional.of(now.plus(WAITS[failedAttempts - 1])) : Optional.empty();
    }
}
