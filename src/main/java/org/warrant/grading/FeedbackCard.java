package org.warrant.grading;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.warrant.ui.Dates;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * A student's released grade, as they read it on the assignment's page and in the editor: their points, then each
 * criterion with the level reached and the instructor's comment, and the overall comment. Comments are plain text.
 */
public class FeedbackCard extends Div {

    public FeedbackCard(Feedback f) {
        addClassName("feedback-card");
        Grade g = f.grade();
        Span total = new Span(t("feedback.points", Text.number(f.myPoints()), Text.number(g.maxPoints())));
        total.addClassName("feedback-total");
        Span released = new Span(t("feedback.released", Dates.dateAndTime().format(g.releasedAt())));
        released.addClassName("feedback-released");
        add(total, released);
        if (f.myAdjustment() != null) {
            Paragraph adjusted = new Paragraph(t("feedback.adjusted", Text.number(g.points()), signed(f.myAdjustment().points())));
            adjusted.addClassName("feedback-adjustment");
            add(adjusted);
            if (!f.myAdjustment().reason().isBlank()) {
                add(UserText.of(new Paragraph(f.myAdjustment().reason())));
            }
        }
        for (Rubric.Criterion c : f.rubric().criteria()) {
            Grade.Mark mark = g.marks().get(c.id());
            Div criterion = new Div();
            criterion.addClassName("feedback-criterion");
            H3 title = UserText.of(new H3(c.title()));
            criterion.add(title);
            if (mark != null) {
                Rubric.Level level = c.levels().get(mark.level());
                Span reached = UserText.of(new Span(level.label()));
                reached.addClassName("feedback-level");
                criterion.add(reached, new Span(" " + t("feedback.level-points", Text.number(level.points()), Text.number(c.maxPoints()))));
                if (!mark.comment().isBlank()) {
                    Paragraph comment = UserText.of(new Paragraph(mark.comment()));
                    comment.addClassName("feedback-comment");
                    criterion.add(comment);
                }
            }
            add(criterion);
        }
        if (!g.overallComment().isBlank()) {
            Div overall = new Div(new H3(t("feedback.overall")), UserText.of(new Paragraph(g.overallComment())));
            overall.addClassName("feedback-overall");
            add(overall);
        }
    }

    private static String signed(int points) {
        return (points > 0 ? "+" : "−") + Text.number(Math.abs(points));
    }
}
