package org.warrant.grading.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.grading.Rubric;
import org.warrant.grading.RubricDraft;
import org.warrant.grading.RubricService;
import org.warrant.ui.Counted;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * An instructor's rubrics: the list, and the editor for a new one or a chosen one. A rubric with grades on it is
 * shown read-only, with Duplicate to start a changed copy.
 */
@Route("rubrics")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class RubricsView extends Div implements HasDynamicTitle {

    private final RubricService rubrics;
    final Notice notice = new Notice();
    final Grid<Rubric> list = new Grid<>();
    final Div editorArea = new Div();
    RubricEditor editor;

    RubricsView(RubricService rubrics) {
        this.rubrics = rubrics;
        addClassNames("page", "rubrics-view");
        list.addColumn(Rubric::title).setHeader(t("rubric.title")).setFlexGrow(1);
        list.addColumn(r -> Counted.of(r.criteria().size(), "rubric.criteria")).setHeader(t("rubric.size")).setAutoWidth(true);
        list.addColumn(r -> Counted.of(r.maxPoints(), "grading.points")).setHeader(t("rubric.max")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        Button create = new Button(t("rubric.new"), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editorArea.addClassName("rubric-editor-area");
        add(new H1(t("rubric.page-title")), new Paragraph(t("rubric.intro")), notice, create, list, editorArea);
        refresh();
    }

    private void refresh() {
        list.setItems(rubrics.mine());
    }

    /** Opens the editor on a rubric, or (null) on a new one with the criteria most argument maps are graded on. */
    void edit(Rubric rubric) {
        editorArea.removeAll();
        boolean fixed = rubric != null && rubrics.inUse(rubric.id());
        editor = new RubricEditor(rubric == null ? RubricEditor.starter() : rubric.draft(), fixed);
        editor.save.addClickListener(e -> save(rubric));
        editor.duplicate.setVisible(rubric != null);
        editor.duplicate.addClickListener(e -> act(() -> {
            long copy = rubrics.duplicate(rubric.id());
            refresh();
            edit(rubrics.open(copy));
            notice.done(t("rubric.duplicated"));
        }));
        editorArea.add(editor);
        editor.focus();
    }

    private void save(Rubric rubric) {
        act(() -> {
            RubricDraft draft = editor.draft();
            long id = rubric == null ? rubrics.create(draft) : rubric.id();
            if (rubric != null) {
                rubrics.update(id, draft);
            }
            refresh();
            notice.done(t("rubric.saved"));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            notice.problem(Text.problem(e));
        }
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", t("rubric.page-title"));
    }
}
