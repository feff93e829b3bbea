package org.warrant.sources;

import java.util.List;

/**
 * What a correction of an article's text does to the citations of it: implemented where citations live
 * (the maps), so that this module, which they build on, can preview a correction and apply it in the same
 * transaction without knowing about maps.
 */
public interface CorrectionImpact {

    /** The citations of the article, sorted by what the corrected text does to them. */
    record Impact(int unchanged, int moved, int orphaned, int maps, List<String> orphanedQuotes) {

        public static final Impact NONE = new Impact(0, 0, 0, 0, List.of());
    }

    /** What the correction would do, writing nothing. */
    Impact preview(long articleId, String previousBody, String correctedBody);

    /** Re-anchors every citation of the article to the corrected text, in the caller's transaction. */
    Impact apply(long articleId, String previousBody, String correctedBody, String articleTitle);
}
