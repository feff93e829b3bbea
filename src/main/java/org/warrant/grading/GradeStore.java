package org.warrant.grading;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.warrant.shared.Refused;
import org.warrant.shared.SqlTime;

/** Grades with their marks and adjustments, one per piece of work. */
@Component
class GradeStore {

    private final JdbcClient jdbc;

    GradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Grade> ofWork(long workId) {
        return jdbc.sql("SELECT id, rubric_id, overall_comment, points, max_points, graded_by, graded_at, released_at, version "
                        + "FROM grade WHERE work_id = ?").param(workId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    OffsetDateTime released = rs.getObject(8, OffsetDateTime.class);
                    return new Grade(workId, rs.getLong(2), marks(id), rs.getString(3), rs.getInt(4), rs.getInt(5), adjustments(id),
                            rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            released == null ? null : released.toInstant(), rs.getInt(9));
                }).optional();
    }

    /**
     * Saves the grade if it is still at {@code version} (0: not graded yet); otherwise someone saved in between and
     * the save is refused. Returns the new version.
     */
    int save(long workId, long rubricId, GradeDraft draft, int points, int maxPoints, String by, Instant at) {
        long id;
        if (draft.version() == 0) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            try {
                jdbc.sql("INSERT INTO grade (work_id, rubric_id, overall_comment, points, max_points, graded_by, graded_at, version) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                        .params(workId, rubricId, draft.overallComment(), points, maxPoints, by, SqlTime.of(at)).update(key, "id");
            } catch (DuplicateKeyException graded) {
                throw new Refused("grade.stale");
            }
            id = key.getKey().longValue();
        } else {
            int updated = jdbc.sql("UPDATE grade SET rubric_id = ?, overall_comment = ?, points = ?, max_points = ?, graded_by = ?, "
                            + "graded_at = ?, version = version + 1 WHERE work_id = ? AND version = ?")
                    .params(rubricId, draft.overallComment(), points, maxPoints, by, SqlTime.of(at), workId, draft.version()).update();
            if (updated == 0) {
                throw new Refused("grade.stale");
            }
            id = jdbc.sql("SELECT id FROM grade WHERE work_id = ?").param(workId).query(Long.class).single();
            jdbc.sql("DELETE FROM grade_mark WHERE grade_id = ?").param(id).update();
            jdbc.sql("DELETE FROM grade_adjustment WHERE grade_id = ?").param(id).update();
        }
        for (var m : draft.marks().entrySet()) {
            jdbc.sql("INSERT INTO grade_mark (grade_id, criterion_id, level, comment) VALUES (?, ?, ?, ?)")
                    .params(id, m.getKey(), m.getValue().level(), m.getValue().comment()).update();
        }
        for (var a : draft.adjustments().entrySet()) {
            jdbc.sql("INSERT INTO grade_adjustment (grade_id, student, points, reason) VALUES (?, ?, ?, ?)")
                    .params(id, a.getKey(), a.getValue().points(), a.getValue().reason()).update();
        }
        return draft.version() + 1;
    }

    /** Releases (a time) or withdraws (null) a work's grade; false when the work has none. */
    boolean release(long workId, @Nullable Instant at) {
        return jdbc.sql("UPDATE grade SET released_at = ? WHERE work_id = ?").params(SqlTime.ofNullable(at), workId).update() > 0;
    }

    /** The assignment whose work a map is, if it is one. */
    Optional<Long> assignmentOfMap(long mapId) {
        return jdbc.sql("SELECT assignment_id FROM assignment_work WHERE map_id = ?").param(mapId).query(Long.class).optional();
    }

    private Map<Long, Grade.Mark> marks(long gradeId) {
        Map<Long, Grade.Mark> marks = new LinkedHashMap<>();
        jdbc.sql("SELECT criterion_id, level, comment FROM grade_mark WHERE grade_id = ?").param(gradeId)
                .query((RowCallbackHandler) rs -> marks.put(rs.getLong(1), new Grade.Mark(rs.getInt(2), rs.getString(3))));
        return marks;
    }

    private Map<String, Grade.Adjustment> adjustments(long gradeId) {
        Map<String, Grade.Adjustment> adjustments = new LinkedHashMap<>();
        jdbc.sql("SELECT student, points, reason FROM grade_adjustment WHERE grade_id = ? ORDER BY student").param(gradeId)
                .query((RowCallbackHandler) rs -> adjustments.put(rs.getString(1), new Grade.Adjustment(rs.getInt(2), rs.getString(3))));
        return adjustments;
    }
}
