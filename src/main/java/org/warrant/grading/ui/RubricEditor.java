package org.warrant.grading.ui;

import static org.warrant.ui.Text.t;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.warrant.grading.Rubric;
import org.warrant.grading.RubricDraft;
import org.warrant.ui.UserText;

/** A rubric's title and criteria, each with its levels (label and points), to add, change and remove. */
class RubricEditor extends Div {

    final TextField title = UserText.of(new TextField(t("rubric.title")));
    final Div criteria = new Div();
    final Button save = new Button(t("rubric.save"));
    final Button duplicate = new Button(t("rubric.duplicate"));
    final List<CriterionFields> fields = new ArrayList<>();

    /** The criteria the instructors grade maps on, each from "missing" to "fully", as a start. */
    static RubricDraft starter() {
        List<Rubric.Level> levels = List.of(new Rubric.Level(t("rubric.starter-missing"), 0),
                new Rubric.Level(t("rubric.starter-partly"), 1), new Rubric.Level(t("rubric.starter-fully"), 2));
        return new RubricDraft("", List.of("claim", "evidence", "objection", "co-premises").stream()
                .map(k -> new RubricDraft.CriterionDraft(t("rubric.starter-" + k), t("rubric.starter-" + k + "-help"), levels)).toList());
    }

    RubricEditor(RubricDraft draft, boolean fixed) {
        addClassName("rubric-editor");
        title.setValue(draft.title());
        title.setMaxLength(200);
        title.setWidthFull();
        draft.criteria().forEach(this::addCriterion);
        Button addCriterion = new Button(t("rubric.add-criterion"), e -> addCriterion(new RubricDraft.CriterionDraft("", "",
                List.of(new Rubric.Level("", 0), new Rubric.Level("", 1)))).title.focus());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save, duplicate);
        actions.addClassName("inline-form");
        add(title, criteria, addCriterion, actions);
        if (fixed) {
            Paragraph why = new Paragraph(t("rubric.in-use"));
            why.addClassName("rubric-in-use");
            addComponentAtIndex(0, why); // said first: why nothing below can be changed
            addCriterion.setVisible(false);
            save.setEnabled(false);
            title.setReadOnly(true);
            fields.forEach(CriterionFields::readOnly);
        }
    }

    void focus() {
        title.focus();
    }

    private CriterionFields addCriterion(RubricDraft.CriterionDraft c) {
        CriterionFields f = new CriterionFields(c);
        fields.add(f);
        criteria.add(f);
        return f;
    }

    RubricDraft draft() {
        return new RubricDraft(title.getValue(), fields.stream().map(CriterionFields::draft).toList());
    }

    /** One criterion: its title, what it looks for, and its levels from weakest to strongest. */
    final class CriterionFields extends Div {

        final TextField title = UserText.of(new TextField(t("rubric.criterion")));
        final TextField description = UserText.of(new TextField(t("rubric.criterion-help")));
        final Div levels = new Div();
        final List<TextField> labels = new ArrayList<>();
        final List<IntegerField> points = new ArrayList<>();
        private final Button addLevel = new Button(t("rubric.add-level"));
        private final Button remove = new Button(t("rubric.remove-criterion"));
        private final List<Button> removers = new ArrayList<>();

        CriterionFields(RubricDraft.CriterionDraft c) {
            addClassName("rubric-criterion");
            title.setValue(c.title());
            title.setMaxLength(200);
            title.addClassName("criterion-title");
            description.setValue(c.description());
            description.setMaxLength(1000);
            description.setWidthFull();
            c.levels().forEach(this::addLevel);
            addLevel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addLevel.addClickListener(e -> addLevel(new Rubric.Level("", labels.size())).focus());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                fields.remove(this);
                criteria.remove(this);
            });
            Div head = new Div(title, remove);
            head.addClassName("inline-form");
            add(head, description, levels, addLevel);
        }

        private TextField addLevel(Rubric.Level level) {
            TextField label = UserText.of(new TextField(t("rubric.level", labels.size() + 1)));
            label.setValue(level.label());
            label.setMaxLength(120);
            IntegerField pts = new IntegerField(t("rubric.points"));
            pts.setMin(0);
            pts.setMax(RubricDraft.MAX_POINTS);
            pts.setValue(level.points());
            labels.add(label);
            points.add(pts);
            Div line = new Div(label, pts);
            Button drop = new Button(t("rubric.remove-level"), e -> {
                if (labels.size() > 2) { // a criterion keeps two levels at least
                    labels.remove(label);
                    points.remove(pts);
                    levels.remove(line);
                    relabel();
                }
            });
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            drop.setAriaLabel(t("rubric.remove-level-named", label.getValue().isBlank() ? Integer.toString(labels.size()) : label.getValue()));
            line.add(drop);
            line.addClassName("inline-form");
            levels.add(line);
            removers.add(drop);
            return label;
        }

        /** The levels are numbered in their fields' labels: the numbers follow a removal. */
        private void relabel() {
            for (int i = 0; i < labels.size(); i++) {
                labels.get(i).setLabel(t("rubric.level", i + 1));
            }
        }

        void readOnly() {
            removers.forEach(r -> r.setVisible(false));
            title.setReadOnly(true);
            description.setReadOnly(true);
            labels.forEach(l -> l.setReadOnly(true));
            points.forEach(p -> p.setReadOnly(true));
            addLevel.setVisible(false);
            remove.setVisible(false);
        }

        RubricDraft.CriterionDraft draft() {
            List<Rubric.Level> levelList = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                levelList.add(new Rubric.Level(labels.get(i).getValue(), points.get(i).getValue() == null ? -1 : points.get(i).getValue()));
            }
            return new RubricDraft.CriterionDraft(title.getValue(), description.getValue(), levelList);
        }
    }
}
