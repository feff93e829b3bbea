package org.warrant.assignments;

import java.util.List;

/** A student (or group) handed in work on an assignment: for notifying the seminar's instructors. */
public record WorkHandedIn(long assignmentId, String title, String workName, String by, List<String> instructors) {
}
