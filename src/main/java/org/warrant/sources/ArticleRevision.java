package org.warrant.sources;

import java.time.Instant;

/** One correction of an article's text: the revision it made, why, by whom, and what it did to citations. */
public record ArticleRevision(int revision, String note, String correctedBy, Instant correctedAt, int moved, int orphaned) {
}
