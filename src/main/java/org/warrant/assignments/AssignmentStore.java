package org.warrant.assignments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** Assignments, work and submissions in plain SQL; access is checked by {@link AssignmentService}. */
@Component
class AssignmentStore {

    /** A row of assignment_work with its latest submission, if any. */
    record WorkRow(long id, String student, @Nullable Long groupId, long mapId, @Nullable Instant lastSubmitted, @Nullable Long lastSubmissionId,
                   int submissions) {
    }

    record SubmissionRow(long workId, String outline, Instant submittedAt) {
    }

    private static final String ASSIGNMENT = """
            SELECT a.id, a.seminar_id, a.title, a.prompt, a.due_at, a.group_work, a.reference_map_id,
                   a.reference_released, a.resubmission_allowed, a.maps_published, a.peer_review
            FROM assignment a""";
    private static final String WORK = """
            SELECT w.id, w.student, w.group_id, w.map_id, s.submitted_at, s.id,
                   (SELECT COUNT(*) FROM submission x WHERE x.work_id = w.id)
            FROM assignment_work w
            LEFT JOIN submission s ON s.id = (SELECT MAX(y.id) FROM submission y WHERE y.work_id = w.id)""";

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long seminarId, NewAssignment a, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assignment (seminar_id, title, prompt, due_at, group_work, reference_map_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seminarId, a.title(), a.prompt(), SqlTime.of(a.dueAt()), a.groupWork(), a.referenceMapId(), by, SqlTime.of(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < a.articleIds().size(); i++) {
            jdbc.sql("INSERT INTO assignment_article (assignment_id, position, article_id) VALUES (?, ?, ?)")
                    .params(id, i, a.articleIds().get(i)).update();
        }
        return id;
    }

    Optional<Assignment> find(long id) {
        return jdbc.sql(ASSIGNMENT + " WHERE a.id = ?").param(id).query(this::assignment).optional()
                .map(a -> withArticles(a, articlesOf("aa.assignment_id = ?", id)));
    }

    /** The seminar's assignments, soonest due first, with their articles read in one more query, not one per assignment. */
    List<Assignment> ofSeminar(long seminarId) {
        List<Assignment> found = jdbc.sql(ASSIGNMENT + " WHERE a.seminar_id = ? ORDER BY a.due_at, a.id").param(seminarId)
                .query(this::assignment).list();
        Map<Long, List<Long>> articles = found.isEmpty() ? Map.of()
                : articlesOf("aa.assignment_id IN (SELECT id FROM assignment WHERE seminar_id = ?)", seminarId);
        return found.stream().map(a -> withArticles(a, articles)).toList();
    }

    /** Article ids by assignment, in each assignment's order, for the assignments {@code where} picks. */
    private Map<Long, List<Long>> articlesOf(String where, long param) {
        Map<Long, List<Long>> byAssignment = new HashMap<>();
        jdbc.sql("SELECT aa.assignment_id, aa.article_id FROM assignment_article aa WHERE " + where
                        + " ORDER BY aa.assignment_id, aa.position").param(param)
                .query((RowCallbackHandler) rs -> byAssignment.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return byAssignment;
    }

    private static Assignment withArticles(Assignment a, Map<Long, List<Long>> articles) {
        return new Assignment(a.id(), a.seminarId(), a.title(), a.prompt(), a.dueAt(), a.groupWork(), a.referenceMapId(),
                a.referenceReleased(), a.resubmissionAllowed(), a.mapsPublished(), a.peerReview(),
                List.copyOf(articles.getOrDefault(a.id(), List.of())));
    }

    void setFlag(long id, String column, boolean value) {
        // column is one of the service's constants, never user input
        jdbc.sql("UPDATE assignment SET " + column + " = ? WHERE id = ?").params(value, id).update();
    }

    List<WorkRow> works(long assignmentId) {
        return jdbc.sql(WORK + " WHERE w.assignment_id = ? ORDER BY w.id").param(assignmentId).query(this::toWork).list();
    }

    Optional<WorkRow> workOf(long assignmentId, String student, Long groupId) {
        return groupId == null
                ? jdbc.sql(WORK + " WHERE w.assignment_id = ? AND w.student = ?").params(assignmentId, student).query(this::toWork).optional()
                : jdbc.sql(WORK + " WHERE w.assignment_id = ? AND w.group_id = ?").params(assignmentId, groupId).query(this::toWork).optional();
    }

    void insertWork(long assignmentId, String student, Long groupId, long mapId, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO assignment_work (assignment_id, student, group_id, map_id, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(assignmentId, student, groupId, mapId, by, SqlTime.of(now)).update();
    }

    void insertSubmission(long workId, String by, Instant now, int nodes, String outline) {
        jdbc.sql("INSERT INTO submission (work_id, submitted_by, submitted_at, nodes, outline) VALUES (?, ?, ?, ?, ?)")
                .params(workId, by, SqlTime.of(now), nodes, outline).update();
    }

    Optional<SubmissionRow> submission(long id) {
        return jdbc.sql("SELECT work_id, outline, submitted_at FROM submission WHERE id = ?").param(id)
                .query((rs, n) -> new SubmissionRow(rs.getLong(1), rs.getString(2), instant(rs, 3))).optional();
    }

    long assignmentOfWork(long workId) {
        return jdbc.sql("SELECT assignment_id FROM assignment_work WHERE id = ?").param(workId).query(Long.class).single();
    }

    /** The assignment's row; its articles are added by {@link #withArticles}. */
    private Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5), rs.getBoolean(6),
                rs.getObject(7, Long.class), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), List.of());
    }

    private WorkRow toWork(ResultSet rs, int row) throws SQLException {
        return new WorkRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getLong(4), instant(rs, 5),
                rs.getObject(6, Long.class), rs.getInt(7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
