package org.warrant.maps;

import java.time.Instant;

/** A line of the maps list. */
public record MapSummary(long id, String title, String description, String owner, boolean shared, Instant updatedAt,
                         Instant deletedAt, long nodes, Long seminarId, Long groupId) {

    /** Work for a seminar, which the seminar keeps: it is not deleted or shared. */
    public boolean seminarWork() {
        return seminarId != null;
    }
}
