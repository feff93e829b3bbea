package org.warrant.grading;

import java.util.List;

import org.warrant.shared.Refused;

/** A rubric as an instructor writes it, before it is saved; {@link #checked()} refuses what can't be a rubric. */
public record RubricDraft(String title, List<CriterionDraft> criteria) {

    public static final int MAX_CRITERIA = 20;
    public static final int MAX_LEVELS = 8;
    public static final int MAX_POINTS = 1000;

    public record CriterionDraft(String title, String description, List<Rubric.Level> levels) {
    }

    public RubricDraft withTitle(String newTitle) {
        return new RubricDraft(newTitle, criteria);
    }

    /** The same draft, stripped, or a refusal naming what is wrong. */
    public RubricDraft checked() {
        String t = text(title, 200, "rubric.title-needed");
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new Refused("rubric.criteria-count", MAX_CRITERIA);
        }
        List<CriterionDraft> checked = criteria.stream().map(c -> {
            if (c.levels() == null || c.levels().size() < 2 || c.levels().size() > MAX_LEVELS) {
                throw new Refused("rubric.levels-count", MAX_LEVELS);
            }
            List<Rubric.Level> levels = c.levels().stream().map(l -> {
                if (l.points() < 0 || l.points() > MAX_POINTS) {
                    throw new Refused("rubric.points-range", MAX_POINTS);
                }
                return new Rubric.Level(text(l.label(), 120, "rubric.level-needed"), l.points());
            }).toList();
            String description = c.description() == null ? "" : c.description().strip();
            if (description.length() > 1000) {
                throw new Refused("rubric.too-long", 1000);
            }
            return new CriterionDraft(text(c.title(), 200, "rubric.criterion-needed"), description, levels);
        }).toList();
        return new RubricDraft(t, checked);
    }

    private static String text(String value, int max, String emptyKey) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            throw new Refused(emptyKey);
        }
        if (s.length() > max) {
            throw new Refused("rubric.too-long", max);
        }
        return s;
    }
}
