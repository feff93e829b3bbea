package org.warrant.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** Rubrics, their criteria and levels, and which rubric an assignment is graded on. */
@Component
class RubricStore {

    private final JdbcClient jdbc;

    RubricStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String owner, RubricDraft draft, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rubric (owner, title, created_at) VALUES (?, ?, ?)").params(owner, draft.title(), SqlTime.of(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        insertCriteria(id, draft);
        return id;
    }

    /** Replaces title and criteria; only for a rubric no grade uses (the marks point at its criteria). */
    void replace(long id, RubricDraft draft) {
        jdbc.sql("UPDATE rubric SET title = ? WHERE id = ?").params(draft.title(), id).update();
        jdbc.sql("DELETE FROM rubric_criterion WHERE rubric_id = ?").param(id).update();
        insertCriteria(id, draft);
    }

    private void insertCriteria(long rubricId, RubricDraft draft) {
        for (int i = 0; i < draft.criteria().size(); i++) {
            RubricDraft.CriterionDraft c = draft.criteria().get(i);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO rubric_criterion (rubric_id, position, title, description) VALUES (?, ?, ?, ?)")
                    .params(rubricId, i, c.title(), c.description()).update(key, "id");
            long criterionId = key.getKey().longValue();
            for (int l = 0; l < c.levels().size(); l++) {
                jdbc.sql("INSERT INTO rubric_level (criterion_id, position, label, points) VALUES (?, ?, ?, ?)")
                        .params(criterionId, l, c.levels().get(l).label(), c.levels().get(l).points()).update();
            }
        }
    }

    Optional<Rubric> find(long id) {
        return jdbc.sql("SELECT id, owner, title FROM rubric WHERE id = ?").param(id)
                .query((rs, n) -> new Rubric(rs.getLong(1), rs.getString(2), rs.getString(3), criteria(rs.getLong(1))))
                .optional();
    }

    List<Rubric> ofOwner(String owner) {
        List<Long> ids = jdbc.sql("SELECT id FROM rubric WHERE owner = ? ORDER BY title, id").param(owner).query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    boolean graded(long rubricId) {
        return jdbc.sql("SELECT COUNT(*) FROM grade WHERE rubric_id = ?").param(rubricId).query(Long.class).single() > 0;
    }

    Optional<Long> rubricOf(long assignmentId) {
        return jdbc.sql("SELECT rubric_id FROM assignment_rubric WHERE assignment_id = ?").param(assignmentId).query(Long.class).optional();
    }

    void attach(long assignmentId, long rubricId) {
        int updated = jdbc.sql("UPDATE assignment_rubric SET rubric_id = ? WHERE assignment_id = ?").params(rubricId, assignmentId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO assignment_rubric (assignment_id, rubric_id) VALUES (?, ?)").params(assignmentId, rubricId).update();
        }
    }

    private List<Rubric.Criterion> criteria(long rubricId) {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        Map<Long, List<Rubric.Level>> levels = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title, description FROM rubric_criterion WHERE rubric_id = ? ORDER BY position").param(rubricId)
                .query((RowCallbackHandler) rs -> heads.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}));
        jdbc.sql("SELECT l.criterion_id, l.label, l.points FROM rubric_level l JOIN rubric_criterion c ON c.id = l.criterion_id "
                        + "WHERE c.rubric_id = ? ORDER BY l.criterion_id, l.position").param(rubricId)
                .query((RowCallbackHandler) rs -> levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Rubric.Level(rs.getString(2), rs.getInt(3))));
        return heads.entrySet().stream().map(e -> new Rubric.Criterion(e.getKey(), e.getValue()[0], e.getValue()[1],
                List.copyOf(levels.getOrDefault(e.getKey(), List.of())))).toList();
    }
}
