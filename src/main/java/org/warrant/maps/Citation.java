package org.warrant.maps;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A node's citation of a passage, and whether the passage still sits where it was cited. */
@Table("citation")
public record Citation(@Id @Nullable Long id, long nodeId, long articleId, int startOffset, int endOffset, String quote,
                       String prefix, String suffix, AnchorStatus anchor, Instant createdAt) {

    public enum AnchorStatus {
        /** At its original offsets. */
        ANCHORED,
        /** The article's text was corrected and the quote was found again, unambiguously, elsewhere. */
        MOVED,
        /** The quote is no longer in the text, or is there more than once: the user must re-cite it. */
        ORPHANED
    }

    /** Whether a correction of the article left it without a place (see {@link AnchorStatus#ORPHANED}). */
    public boolean orphaned() {
        return anchor == AnchorStatus.ORPHANED;
    }

    public Passage passage() {
        return new Passage(articleId, startOffset, endOffset, quote, prefix, suffix);
    }

    static Citation of(long nodeId, Passage p, Instant now) {
        return new Citation(null, nodeId, p.articleId(), p.start(), p.end(), p.quote(), p.prefix(), p.suffix(),
                AnchorStatus.ANCHORED, now);
    }
}
