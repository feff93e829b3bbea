package org.warrant.grading;

import java.util.List;

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

    public RubricDraft draft() {
        return new RubricDraft(title, criteria.stream()
                .map(c -> new RubricDraft.CriterionDraft(c.title(), c.description(), c.levels())).toList());
    }
}
