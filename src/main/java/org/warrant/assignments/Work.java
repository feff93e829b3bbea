package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

/**
 * One student's or one group's work on an assignment, as its page shows it. {@code mapId} is null until
 * someone pressed Start; {@code latestSubmissionId} is null until someone submitted.
 */
public record Work(String name, List<String> members, Long mapId, WorkStatus status, Instant submittedAt,
                   Long latestSubmissionId, int submissions) {

    public boolean started() {
        return mapId != null;
    }
}
