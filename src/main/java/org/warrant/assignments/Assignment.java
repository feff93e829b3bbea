package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

/** An assignment as stored. {@code referenceMapId} is the answer key, shown to students once released. */
public record Assignment(long id, long seminarId, String title, String prompt, Instant dueAt, boolean groupWork,
                         Long referenceMapId, boolean referenceReleased, boolean resubmissionAllowed,
                         boolean mapsPublished, boolean peerReview, List<Long> articleIds) {
}
