package org.warrant.grading;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.assignments.Work;
import org.warrant.compare.MapStats;

/**
 * An assignment's grading, as its instructors see it: the rubric (null until one is attached) and every piece of
 * work with its grade (null until graded) and the comparison's figures for its map as hints (null before it is
 * handed in). The figures are never the grade.
 */
public record GradeSheet(long assignmentId, String title, boolean groupWork, @Nullable Rubric rubric, List<Row> rows) {

    public record Row(Work work, @Nullable Grade grade, @Nullable MapStats hints) {
    }

    public long released() {
        return rows.stream().filter(r -> r.grade() != null && r.grade().released()).count();
    }

    public long graded() {
        return rows.stream().filter(r -> r.grade() != null).count();
    }
}
