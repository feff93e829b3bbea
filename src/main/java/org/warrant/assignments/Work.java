package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One student's or one group's work on an assignment, as its page shows it. {@code mapId} is null until
 * someone pressed Start; {@code latestSubmissionId} is null until someone submitted.
 */
public record Work(String name, List<String> members, @Nullable Long mapId, WorkStatus status, @Nullable Instant submittedAt,
                   @Nullable Long latestSubmissionId, int submissions) {

    public boolean started() {
        return mapId != null;
    }
}
