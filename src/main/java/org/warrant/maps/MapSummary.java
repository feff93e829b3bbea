package org.warrant.maps;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the maps list. */
public record MapSummary(long id, String title, @Nullable String description, String owner, boolean shared, Instant updatedAt,
                         @Nullable Instant deletedAt, long nodes, @Nullable Long seminarId, @Nullable Long groupId) {

    /** Work for a seminar, which the seminar keeps: it is not deleted or shared. */
    public boolean seminarWork() {
        return seminarId != null;
    }
}
