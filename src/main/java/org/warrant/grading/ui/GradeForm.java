package org.warrant.grading.ui;

import static org.warrant.ui.Text.t;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.warrant.compare.MapStats;
import org.warrant.grading.Grade;
import org.warrant.grading.GradeDraft;
import org.warrant.grading.GradeSheet;
import org.warrant.grading.Rubric;
import org.warrant.ui.Counted;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * One piece of work graded on the rubric: a level and a comment per criterion, an overall comment, and for a
 * group each member's adjustment; beside it the comparison's figures for the map, as hints. The total follows the
 * chosen levels as they are picked.
 */
class GradeForm extends Div {

    final Map<Long, RadioButtonGroup<Integer>> levels = new LinkedHashMap<>();
    final Map<Long, TextArea> comments = new HashMap<>();
    final TextArea overall = new TextArea(t("grading.overall"));
    final Map<String, IntegerField> adjustments = new LinkedHashMap<>();
    final Map<String, TextField> reasons = new HashMap<>();
    final Button save = new Button(t("grading.save"));
    final Button release = new Button();
    private final Span total = new Span();
    private final Rubric rubric;
    private final int version;

    GradeForm(Rubric rubric, GradeSheet.Row row, boolean groupWork, Consumer<GradeDraft> onSave, Consumer<Boolean> onRelease) {
        this.rubric = rubric;
        Grade grade = row.grade();
        this.version = grade == null ? 0 : grade.version();
        addClassName("grade-form");
        H2 heading = UserText.of(new H2(row.work().name()));
        add(heading);
        if (row.work().mapId() != null) {
            add(new Anchor("maps/" + row.work().mapId(), t("grading.open-map")));
        }
        add(hints(row.hints()));
        for (Rubric.Criterion c : rubric.criteria()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(c.title());
            group.setItems(java.util.stream.IntStream.range(0, c.levels().size()).boxed().toList());
            group.setItemLabelGenerator(i -> t("grading.level", c.levels().get(i).label(), Counted.of(c.levels().get(i).points(), "grading.points")));
            group.setHelperText(c.description());
            group.addValueChangeListener(e -> showTotal());
            TextArea comment = new TextArea(t("grading.comment-on", c.title()));
            comment.setMaxLength(2000);
            UserText.of(comment);
            if (grade != null && grade.marks().containsKey(c.id())) {
                group.setValue(grade.marks().get(c.id()).level());
                comment.setValue(grade.marks().get(c.id()).comment());
            }
            levels.put(c.id(), group);
            comments.put(c.id(), comment);
            Div criterion = new Div(UserText.of(group), comment);
            criterion.addClassName("grade-criterion");
            add(criterion);
        }
        overall.setMaxLength(4000);
        overall.setValue(grade == null ? "" : grade.overallComment());
        add(UserText.of(overall));
        if (groupWork) {
            add(memberAdjustments(row, grade));
        }
        total.addClassName("grade-total");
        total.getElement().setAttribute("aria-live", "polite");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(draft()));
        boolean released = grade != null && grade.released();
        release.setText(t(released ? "grading.withdraw" : "grading.release"));
        release.setEnabled(grade != null);
        release.addClickListener(e -> onRelease.accept(!released));
        Span state = new Span(t(grade == null ? "grading.not-graded" : released ? "grading.is-released" : "grading.is-hidden"));
        state.addClassName("grade-state");
        Div actions = new Div(total, save, release, state);
        actions.addClassName("inline-form");
        add(actions);
        showTotal();
    }

    private Div memberAdjustments(GradeSheet.Row row, @Nullable Grade grade) {
        Div box = new Div(new H2(t("grading.members")));
        box.addClassName("grade-members");
        for (int i = 0; i < row.work().usernames().size(); i++) {
            String user = row.work().usernames().get(i);
            IntegerField points = new IntegerField(t("grading.adjust", row.work().members().get(i)));
            points.setStepButtonsVisible(true);
            points.setMin(-rubric.maxPoints());
            points.setMax(rubric.maxPoints());
            points.setHelperText(t("grading.adjust-help"));
            TextField reason = new TextField(t("grading.reason"));
            reason.setMaxLength(600);
            Grade.Adjustment a = grade == null ? null : grade.adjustments().get(user);
            points.setValue(a == null ? 0 : a.points());
            reason.setValue(a == null ? "" : a.reason());
            adjustments.put(user, points);
            reasons.put(user, UserText.of(reason));
            Div line = new Div(points, reason);
            line.addClassName("inline-form");
            box.add(line);
        }
        return box;
    }

    private Div hints(@Nullable MapStats s) {
        Div box = new Div();
        box.addClassName("grade-hints");
        if (s == null) {
            box.add(new Span(t("grading.no-hints")));
            return box;
        }
        UnorderedList list = new UnorderedList(
                new ListItem(t("grading.hint-backed", Text.number(s.premisesBacked()), Text.number(s.premises()))),
                new ListItem(Counted.of(s.unansweredObjections(), "grading.hint-unanswered")),
                new ListItem(Counted.of(s.unsupportedClaims(), "grading.hint-unsupported")),
                new ListItem(t("grading.hint-size", Counted.of(s.nodes(), "grading.hint-nodes"), Counted.of(s.passagesCited(), "grading.hint-passages"))));
        box.add(new Span(t("grading.hints")), list);
        return box;
    }

    private void showTotal() {
        total.setText(t("grading.total", Text.number(rubric.points(marks())), Text.number(rubric.maxPoints())));
    }

    /** The levels chosen so far, with their comments (while the form is being built, of the criteria added yet). */
    private Map<Long, Grade.Mark> marks() {
        Map<Long, Grade.Mark> marks = new LinkedHashMap<>();
        levels.forEach((id, group) -> {
            if (group.getValue() != null) {
                marks.put(id, new Grade.Mark(group.getValue(), comments.get(id).getValue()));
            }
        });
        return marks;
    }

    GradeDraft draft() {
        Map<Long, Grade.Mark> marks = marks();
        Map<String, Grade.Adjustment> adjusted = new LinkedHashMap<>();
        adjustments.forEach((user, field) -> adjusted.put(user,
                new Grade.Adjustment(field.getValue() == null ? 0 : field.getValue(), reasons.get(user).getValue())));
        return new GradeDraft(marks, overall.getValue(), adjusted, version);
    }
}
