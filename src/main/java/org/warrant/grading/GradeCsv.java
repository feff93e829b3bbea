package org.warrant.grading;

import java.util.List;

import org.warrant.assignments.Work;

/**
 * The grade list as CSV for a gradebook: one line per student (a group's members each get a line with their own
 * points). Fields are quoted when needed, and a field a spreadsheet would read as a formula is prefixed with '.
 */
final class GradeCsv {

    private GradeCsv() {
    }

    static String of(GradeSheet sheet) {
        StringBuilder csv = new StringBuilder("username,name,work,points,max_points,released,overall_comment\r\n");
        for (GradeSheet.Row row : sheet.rows()) {
            Work w = row.work();
            for (int i = 0; i < w.usernames().size(); i++) {
                String user = w.usernames().get(i);
                Grade g = row.grade();
                csv.append(String.join(",", List.of(field(user), field(w.members().get(i)), field(w.name()),
                        g == null ? "" : Integer.toString(g.pointsOf(user)),
                        g == null ? (sheet.rubric() == null ? "" : Integer.toString(sheet.rubric().maxPoints())) : Integer.toString(g.maxPoints()),
                        g != null && g.released() ? "yes" : "no", field(g == null ? "" : g.overallComment())))).append("\r\n");
            }
        }
        return csv.toString();
    }

    static String field(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
