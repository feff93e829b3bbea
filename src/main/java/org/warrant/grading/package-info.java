/**
 * Grading: instructors' reusable rubrics, the grade of each student's or group's work on an assignment's rubric
 * (a level and a comment per criterion, an overall comment, a group's grade adjusted per member), and releasing the
 * grades to the students. {@link org.warrant.grading.GradingService} and {@link org.warrant.grading.RubricService} are
 * the public API and check the seminar's roles in every method; a release is announced as {@link
 * org.warrant.grading.GradesReleased}.
 */
@NullMarked
package org.warrant.grading;

import org.jspecify.annotations.NullMarked;
