package org.warrant.grading.ui;

import static org.warrant.ui.Text.t;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.grading.GradeSheet;
import org.warrant.grading.GradingService;
import org.warrant.grading.Rubric;
import org.warrant.grading.RubricService;
import org.warrant.ui.Links;
import org.warrant.ui.NotFound;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * An assignment's grading, for its instructors: the rubric it is graded on, every piece of work with its grade,
 * the form for the chosen one, and releasing grades (each, or all at once) and the grade list as CSV.
 */
@Route("assignments/:id([0-9]{1,18})/grading")
@PermitAll // the service decides: the assignment's instructors only; anyone else is told it is not found
class GradingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GradingService grading;
    private final RubricService rubrics;
    final Notice notice = new Notice();
    final Grid<GradeSheet.Row> works = new Grid<>();
    final ComboBox<Rubric> rubric = new ComboBox<>(t("grading.rubric"));
    final Button releaseAll = new Button(t("grading.release-all"));
    final Div formArea = new Div();
    @Nullable GradeForm form;
    GradeSheet sheet;
    long id;
    private @Nullable Long selectedWork;
    private String title = t("grading.title");

    GradingView(GradingService grading, RubricService rubrics) {
        this.grading = grading;
        this.rubrics = rubrics;
        addClassNames("page", "grading-view");
        works.addColumn(r -> r.work().name()).setHeader(t("grading.work")).setFlexGrow(1).setAutoWidth(true);
        works.addColumn(r -> t("work-status." + r.work().status().name())).setHeader(t("assignment.status")).setAutoWidth(true);
        works.addColumn(r -> r.grade() == null ? "—" : t("grading.total", Text.number(r.grade().points()), Text.number(r.grade().maxPoints())))
                .setHeader(t("grading.grade")).setAutoWidth(true);
        works.addColumn(r -> r.grade() == null ? "" : t(r.grade().released() ? "grading.shown" : "grading.hidden"))
                .setHeader(t("grading.released")).setAutoWidth(true);
        works.setAllRowsVisible(true);
        works.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        rubric.setItemLabelGenerator(Rubric::title);
        rubric.addClassName("rubric-choice");
        rubric.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> grading.useRubric(id, e.getValue().id()), t("grading.rubric-chosen"));
            }
        });
        releaseAll.addClickListener(e -> act(() -> notice.done(t("grading.released-count", grading.release(id, null, true))), null));
        formArea.addClassName("grade-form-area");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        try {
            sheet = grading.sheet(id);
        } catch (AssignmentNotFoundException | AccessDeniedException e) {
            title = t("assignment.not-found");
            add(new NotFound(t("assignment.not-found"), t("assignment.not-found-text"), Links.to(t("assignment.go-to-assignments"), "assignments")));
            return;
        }
        title = t("grading.page-title", sheet.title());
        List<Rubric> mine = rubrics.mine();
        rubric.setItems(mine);
        rubric.setValue(sheet.rubric() == null ? null : mine.stream().filter(r -> r.id() == sheet.rubric().id()).findFirst().orElse(null));
        rubric.setReadOnly(sheet.graded() > 0);
        rubric.setHelperText(t(sheet.graded() > 0 ? "grading.rubric-fixed-help" : "grading.rubric-help"));
        Div top = new Div(rubric, Links.to(t("grading.manage-rubrics"), "rubrics"), releaseAll, csvLink());
        top.addClassName("inline-form");
        releaseAll.setEnabled(sheet.graded() > sheet.released());
        add(Links.to(t("grading.back"), "assignments/" + id), UserText.of(new H1(title)), notice, top,
                new Paragraph(t("grading.progress", Text.number(sheet.graded()), Text.number(sheet.rows().size()), Text.number(sheet.released()))));
        works.setItems(sheet.rows());
        Div body = new Div(works, formArea);
        body.addClassName("grading-body");
        add(body);
        formArea.removeAll();
        form = null;
        if (sheet.rubric() == null) {
            formArea.add(new Paragraph(t("grading.choose-rubric-first")));
        } else if (selectedWork != null) {
            sheet.rows().stream().filter(r -> selectedWork.equals(r.work().id())).findFirst().ifPresent(works::select);
        } else { // the first handed-in work still to grade, or else the first handed in
            sheet.rows().stream().filter(r -> r.work().latestSubmissionId() != null)
                    .min(java.util.Comparator.comparing(r -> r.grade() != null)).ifPresentOrElse(works::select,
                            () -> formArea.add(new Paragraph(t("grading.pick-work"))));
        }
    }

    private void open(GradeSheet.Row row) {
        formArea.removeAll();
        if (sheet.rubric() == null) {
            formArea.add(new Paragraph(t("grading.choose-rubric-first")));
            return;
        }
        if (row.work().id() == null) {
            formArea.add(new Paragraph(t("grading.not-started")));
            return;
        }
        long workId = row.work().id();
        selectedWork = workId;
        form = new GradeForm(sheet.rubric(), row, sheet.groupWork(),
                draft -> act(() -> grading.save(id, workId, draft), t("grading.saved")),
                released -> act(() -> grading.release(id, workId, released), t(released ? "grading.released-one" : "grading.withdrawn-one")));
        formArea.add(form);
    }

    private Anchor csvLink() {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = grading.csv(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "grades-" + id + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), t("grading.csv"));
        csv.addClassName("report-link");
        return csv;
    }

    /** Runs an action and draws the page again; a refusal is said at the top and the form keeps what was typed. */
    private void act(Runnable action, @Nullable String done) {
        try {
            action.run();
            String message = done != null ? done : notice.isVisible() ? notice.getText() : null;
            show();
            if (message != null) {
                notice.done(message);
            }
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            notice.problem(Text.problem(e));
        }
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }
}
