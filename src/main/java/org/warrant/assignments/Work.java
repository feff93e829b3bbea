package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One student's or one group's work on an assignment, as its page shows it. {@code id} and {@code mapId} are null
 * until someone pressed Start; {@code latestSubmissionId} is null until someone submitted. {@code members} are
 * display names, {@code usernames} the same people's accounts, in the same order.
 */
public record Work(@Nullable Long id, String name, List<String> members, List<String> usernames, @Nullable Long mapId,
                   WorkStatus status, @Nullable Instant submittedAt, @Nullable Long latestSubmissionId, int submissions) {

    public boolean started() {
        return mapId != null;
    }
}
