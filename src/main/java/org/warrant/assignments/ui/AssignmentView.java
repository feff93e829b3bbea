package org.warrant.assignments.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.Work;
import org.warrant.sources.ArticleService;
import org.warrant.ui.NotFound;
import org.warrant.ui.Notice;

/**
 * One assignment: the prompt and the articles, and then either the student's own work (Start, Open, Submit)
 * or, for instructors, everyone's work and the switches for resubmission, the answer key and publishing.
 */
@Route("assignments/:id([0-9]{1,18})")
@PermitAll
class AssignmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final ArticleService articles;
    final Notice notice = new Notice();
    final Grid<Work> works = new Grid<>();
    final Button start = new Button("Start");
    final Button submit = new Button("Submit");
    final Div prompt = new Div();
    long id;
    AssignmentPage page;
    private String title = "Assignment";

    AssignmentView(AssignmentService assignments, ArticleService articles) {
        this.assignments = assignments;
        this.articles = articles;
        addClassNames("page", "assignment-view");
        prompt.addClassName("assignment-prompt");
        works.addColumn(Work::name).setHeader("Who").setFlexGrow(1);
        works.addColumn(w -> String.join(", ", w.members())).setHeader("Members").setFlexGrow(1);
        works.addComponentColumn(w -> StatusBadge.of(w.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        works.addColumn(w -> w.submittedAt() == null ? "" : when(w.submittedAt())).setHeader("Handed in").setAutoWidth(true);
        works.addComponentColumn(this::workLinks).setHeader("Open").setAutoWidth(true);
        works.setAllRowsVisible(true);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(() -> openMap(assignments.start(id))));
        submit.addClickListener(e -> act(() -> {
            assignments.submit(id);
            notice.done("Submitted. Your instructor sees the map as it is now; you can keep working on it.");
        }));
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
            page = assignments.open(id);
        } catch (AssignmentNotFoundException e) {
            title = "Assignment not found";
            add(new NotFound("Assignment", "There is no assignment at this address that you can open.",
                    new RouterLink("Go to your assignments", AssignmentsView.class)));
            return;
        }
        title = page.assignment().title();
        var a = page.assignment();
        Span meta = new Span(page.seminarName() + " · due " + when(a.dueAt()) + " · " + (a.groupWork() ? "group work" : "individual work"));
        meta.addClassName("assignment-meta");
        prompt.getElement().setProperty("innerHTML", page.promptHtml()); // sanitised by SafeMarkdown
        Div sources = new Div(new Span("Articles: "));
        sources.addClassName("assignment-articles");
        a.articleIds().forEach(articleId -> articles.find(articleId).ifPresent(article ->
                sources.add(new Anchor("articles/" + articleId, article.title()))));
        add(new RouterLink("← Assignments", AssignmentsView.class), new H1(a.title()), meta, notice, prompt, sources);
        if (page.visibleReferenceMap() != null) {
            add(new Paragraph(new Anchor("maps/" + page.visibleReferenceMap(),
                    page.instructs() ? "Open the answer key" : "Your instructor released the answer key: open it")));
        }
        if (page.instructs()) {
            showInstructor();
        } else {
            showStudent(page.mine());
        }
    }

    private void showStudent(Work mine) {
        Div status = new Div(new Span(page.assignment().groupWork() ? mine.name() + ": " + String.join(", ", mine.members()) + " · " : ""),
                StatusBadge.of(mine.status()));
        status.addClassName("my-status");
        start.setText(mine.started() ? "Open the map" : "Start");
        start.setEnabled(!page.assignment().groupWork() || !mine.members().isEmpty());
        submit.setEnabled(page.canSubmit());
        submit.setTooltipText(page.canSubmit() ? "Hand in the map as it is now" : page.cannotSubmitReason());
        Div actions = new Div(start, submit);
        actions.addClassName("inline-form");
        add(new H2("Your work"), status, actions);
        if (!page.canSubmit() && mine.started()) {
            add(new Paragraph(page.cannotSubmitReason()));
        }
        if (mine.latestSubmissionId() != null) {
            add(new Paragraph(new Span("Last handed in " + when(mine.submittedAt()) + ". "),
                    new Button("View what you handed in", e -> new SubmissionDialog(assignments, mine.latestSubmissionId()).open())));
        }
    }

    private void showInstructor() {
        var a = page.assignment();
        Checkbox resubmit = toggle("Allow resubmission", a.resubmissionAllowed(), on -> assignments.allowResubmission(id, on));
        Checkbox publish = toggle("Publish the maps to the seminar (students read each other's maps)", a.mapsPublished(),
                on -> assignments.publishMaps(id, on));
        Checkbox peers = toggle("Peer review: students comment on each other's published maps", a.peerReview(),
                on -> assignments.peerReview(id, on));
        Div switches = new Div(resubmit, publish, peers);
        if (a.referenceMapId() != null) {
            switches.add(toggle("Release the answer key to students", a.referenceReleased(), on -> assignments.releaseReference(id, on)));
        }
        switches.addClassName("assignment-switches");
        List<Work> all = page.works();
        works.setItems(all);
        long handedIn = all.stream().filter(w -> w.latestSubmissionId() != null).count();
        add(switches, new H2("Work (" + handedIn + " of " + all.size() + " handed in)"));
        if (handedIn > 0) { // the compare view's address, not its class: compare builds on assignments, not the reverse
            Anchor compare = new Anchor("assignments/" + id + "/compare", "Compare the submitted maps");
            compare.addClassName("compare-link");
            add(new Paragraph(compare, new Span(" · overview, passage heatmap, agreement, side by side, consensus")));
        }
        add(works);
    }

    private Checkbox toggle(String label, boolean value, java.util.function.Consumer<Boolean> change) {
        Checkbox box = new Checkbox(label, value);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> change.accept(e.getValue()));
            }
        });
        return box;
    }

    private Div workLinks(Work w) {
        Div links = new Div();
        if (w.mapId() != null) {
            links.add(new Anchor("maps/" + w.mapId(), "Open map"));
        }
        if (w.latestSubmissionId() != null) {
            Button view = new Button("Submission", e -> new SubmissionDialog(assignments, w.latestSubmissionId()).open());
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            links.add(view);
        }
        links.addClassName("work-links");
        return links;
    }

    /** Runs an action and shows the page again; a refusal is said at the top, the page stays as it was. */
    private void act(Runnable action) {
        try {
            action.run();
            String message = notice.isVisible() ? notice.getText() : null;
            show();
            if (message != null) {
                notice.done(message);
            }
        } catch (IllegalStateException | IllegalArgumentException | AccessDeniedException e) {
            show();
            notice.problem(e.getMessage());
        }
    }

    private void openMap(long mapId) {
        getUI().ifPresent(ui -> ui.navigate("maps/" + mapId));
    }

    static String when(java.time.Instant t) {
        return AssignmentsView.DUE.format(t.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Warrant";
    }
}
