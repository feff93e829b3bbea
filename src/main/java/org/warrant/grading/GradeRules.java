package org.warrant.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.warrant.shared.Refused;

/** What a grade must be to fit its rubric and its work, and the points it is worth. */
class GradeRules {

    static final int MAX_COMMENT = 2000;
    static final int MAX_OVERALL = 4000;
    static final int MAX_REASON = 600;

    /** The draft, stripped; refused when a criterion is unmarked or unknown, a level is out of range, or text too long. */
    GradeDraft checked(GradeDraft draft, Rubric rubric, List<String> members) {
        Map<Long, Grade.Mark> marks = new LinkedHashMap<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Grade.Mark m = draft.marks().get(c.id());
            if (m == null) {
                throw new Refused("grade.criterion-unmarked", c.title());
            }
            if (m.level() < 0 || m.level() >= c.levels().size()) {
                throw new Refused("grade.no-such-level", c.title());
            }
            marks.put(c.id(), new Grade.Mark(m.level(), text(m.comment(), MAX_COMMENT)));
        }
        if (!rubric.criteria().stream().map(Rubric.Criterion::id).toList().containsAll(draft.marks().keySet())) {
            throw new Refused("grade.not-this-rubric");
        }
        Map<String, Grade.Adjustment> adjustments = new LinkedHashMap<>();
        draft.adjustments().forEach((student, a) -> {
            if (!members.contains(student)) {
                throw new Refused("grade.not-a-member", student);
            }
            if (Math.abs(a.points()) > rubric.maxPoints()) {
                throw new Refused("grade.adjustment-range", rubric.maxPoints());
            }
            if (a.points() != 0) {
                adjustments.put(student, new Grade.Adjustment(a.points(), text(a.reason(), MAX_REASON)));
            }
        });
        return new GradeDraft(marks, text(draft.overallComment(), MAX_OVERALL), adjustments, draft.version());
    }

    private static String text(String value, int max) {
        String s = value == null ? "" : value.strip();
        if (s.length() > max) {
            throw new Refused("grade.too-long", max, s.length());
        }
        return s;
    }
}
