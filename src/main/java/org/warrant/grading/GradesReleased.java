package org.warrant.grading;

import java.util.List;
import java.util.Map;

/**
 * Grades were released to students, announced after the transaction that released them committed: notifications
 * tell the students, the LMS link sends the points to the course's gradebook. {@code points} maps each student's
 * username to their points.
 */
public record GradesReleased(long assignmentId, String assignmentTitle, List<Released> grades) {

    public record Released(long workId, long mapId, Map<String, Integer> points, int maxPoints) {
    }
}
