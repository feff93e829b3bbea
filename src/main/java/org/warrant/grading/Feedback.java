package org.warrant.grading;

import org.jspecify.annotations.Nullable;

/**
 * A student's released grade: the rubric it was given on, the grade, the student's own points (a group's grade as
 * adjusted for them) and their adjustment, if any.
 */
public record Feedback(long assignmentId, String assignmentTitle, Rubric rubric, Grade grade, int myPoints,
                       Grade.@Nullable Adjustment myAdjustment) {
}
