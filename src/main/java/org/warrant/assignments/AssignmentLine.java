package org.warrant.assignments;

import java.time.Instant;

/**
 * A line of the assignments list. For a student: their status. For an instructor: how many of the
 * students (or groups) have submitted, out of how many.
 */
public record AssignmentLine(long id, long seminarId, String title, String seminarName, Instant dueAt, boolean instructs,
                             WorkStatus status, int submitted, int expected) {
}
