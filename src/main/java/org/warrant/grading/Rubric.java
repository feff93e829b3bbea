package org.warrant.grading;

import java.util.List;
import java.util.Map;

/**
 * A rubric: criteria, each with levels from weakest to strongest worth points. An instructor's own, reused on as
 * many assignments as they like; once a grade uses it, it is fixed (duplicate it to change it).
 */
public record Rubric(long id, String owner, String title, List<Criterion> criteria) {

    public record Criterion(long id, String title, String description, List<Level> levels) {

        public int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }
    }

    public record Level(String label, int points) {
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /** The points of the levels chosen (by criterion id); a criterion not marked yet counts nothing. */
    public int points(Map<Long, Grade.Mark> marks) {
        return criteria.stream().filter(c -> marks.containsKey(c.id())).mapToInt(c -> c.levels().get(marks.get(c.id()).level()).points()).sum();
    }

    public RubricDraft draft() {
        return new RubricDraft(title, criteria.stream()
                .map(c -> new RubricDraft.CriterionDraft(c.title(), c.description(), c.levels())).toList());
    }
}
