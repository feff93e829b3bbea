package org.warrant.assignments;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.shared.SqlTime;

/**
 * Which assignments fall due soon, and who has not handed in: for the reminder job, which runs as no user. It
 * reveals nothing to a user; what it finds is told only to the students concerned.
 */
@Component
public class AssignmentDeadlines {

    /** An assignment due in the window, with the students of its seminar who have not handed in work for it. */
    public record DueSoon(long assignmentId, String title, Instant dueAt, List<String> waitingFor) {
    }

    private final JdbcClient jdbc;

    AssignmentDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<DueSoon> dueBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT id, title, due_at FROM assignment WHERE due_at > ? AND due_at <= ? ORDER BY due_at")
                .params(SqlTime.of(from), SqlTime.of(to))
                .query((rs, n) -> new DueSoon(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        waitingFor(rs.getLong(1)))).list();
    }

    /** The seminar's students with no submission of their own or of their group's for the assignment. */
    private List<String> waitingFor(long assignmentId) {
        return jdbc.sql("""
                SELECT m.username FROM assignment a JOIN seminar_member m ON m.seminar_id = a.seminar_id AND m.role = 'STUDENT'
                WHERE a.id = ? AND NOT EXISTS (
                    SELECT 1 FROM assignment_work w JOIN submission s ON s.work_id = w.id
                    WHERE w.assignment_id = a.id AND (w.student = m.username OR (w.group_id IS NOT NULL AND w.group_id = m.group_id)))
                ORDER BY m.username""").param(assignmentId).query(String.class).list();
    }
}
