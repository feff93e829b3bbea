package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An assignment as stored. {@code referenceMapId} is the answer key, shown to students once released. */
public record Assignment(long id, long seminarId, String title, String prompt, Instant dueAt, boolean groupWork,
                         @Nullable Long referenceMapId, boolean referenceReleased, boolean resubmissionAllowed,
                         boolean mapsPublished, boolean peerReview, List<Long> articleIds) {
}
