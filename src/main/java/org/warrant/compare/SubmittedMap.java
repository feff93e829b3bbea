package org.warrant.compare;

import java.time.Instant;

/** A submitted map of an assignment with what the overview shows beside it. */
public record SubmittedMap(ComparedMap map, Instant submittedAt, boolean late, Instant lastEdit) {
}
