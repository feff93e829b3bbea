package org.warrant.grading;

import java.util.Map;

/**
 * A grade as the instructor fills it in. {@code version} is the version of the grade they started from (0 for a
 * work not yet graded): when someone saved in between, the save is refused rather than overwriting theirs.
 */
public record GradeDraft(Map<Long, Grade.Mark> marks, String overallComment, Map<String, Grade.Adjustment> adjustments, int version) {
}
