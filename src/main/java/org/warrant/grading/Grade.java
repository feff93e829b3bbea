package org.warrant.grading;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The grade of one piece of work (a student's, or a group's): a level and a comment for each criterion of the rubric
 * (by criterion id), an overall comment, and for a group each member's adjustment. {@code points} is the work's sum
 * of the chosen levels; a member's points are {@link #pointsOf}. {@code version} guards against two instructors'
 * edits crossing.
 */
public record Grade(long workId, long rubricId, Map<Long, Mark> marks, String overallComment, int points, int maxPoints,
                    Map<String, Adjustment> adjustments, String gradedBy, Instant gradedAt, @Nullable Instant releasedAt, int version) {

    /** The level chosen (its position in the criterion, from 0) and the comment on it. */
    public record Mark(int level, String comment) {
    }

    /** Points added (or, negative, taken off) for one member of a group, and why. */
    public record Adjustment(int points, String reason) {
    }

    public boolean released() {
        return releasedAt != null;
    }

    /** A member's points: the work's, adjusted for them, never below 0 nor above the rubric's maximum. */
    public int pointsOf(String username) {
        Adjustment a = adjustments.get(username);
        return a == null ? points : Math.max(0, Math.min(maxPoints, points + a.points()));
    }
}
