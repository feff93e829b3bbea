package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

/** An instructor set an assignment: for notifying the seminar's students. */
public record AssignmentSet(long assignmentId, String title, String seminarName, Instant dueAt, List<String> students) {
}
