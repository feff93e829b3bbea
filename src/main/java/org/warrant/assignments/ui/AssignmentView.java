package org.warrant.assignments.ui;

import static org.warrant.ui.Text.t;

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
import org.warrant.assignments.AssignmentPageSection;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.Work;
import org.warrant.sources.ArticleService;
import org.warrant.ui.Dates;
import org.warrant.ui.NotFound;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;
import org.warrant.ui.UserText;

/**
 * One assignment: the prompt and the articles, and then either the student's own work (Start, Open, Submit)
 * or, for instructors, everyone's work and the switches for resubmission, the answer key and publishing.
 */
@Route("assignments/:id([0-9]{1,18})")
@PermitAll
class AssignmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final ArticleService articles;
    private final List<AssignmentPageSection> sections;
    final Notice notice = new Notice();
    final Grid<Work> works = new Grid<>();
    final Button start = new Button(t("assignment.start"));
    final Button submit = new Button(t("assignment.submit"));
    final Div prompt = new Div();
    long id;
    AssignmentPage page;
    private String title = t("assignment.default-title");

    AssignmentView(AssignmentService assignments, ArticleService articles, List<AssignmentPageSection> sections) {
        this.assignments = assignments;
        this.articles = articles;
        this.sections = sections;
        addClassNames("page", "assignment-view");
        prompt.addClassName("assignment-prompt");
        prompt.getElement().setAttribute("dir", "auto"); // user text: its own direction in either interface language
        works.addColumn(Work::name).setHeader(t("assignment.who")).setFlexGrow(1);
        works.addColumn(w -> String.join(", ", w.members())).setHeader(t("assignment.members")).setFlexGrow(1);
        works.addComponentColumn(w -> StatusBadge.of(w.status())).setHeader(t("assignment.status")).setAutoWidth(true).setFlexGrow(0);
        works.addColumn(w -> w.submittedAt() == null ? "" : when(w.submittedAt())).setHeader(t("assignment.handed-in")).setAutoWidth(true);
        works.addComponentColumn(this::workLinks).setHeader(t("assignment.open")).setAutoWidth(true);
        works.setAllRowsVisible(true);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(() -> openMap(assignments.start(id))));
        submit.addClickListener(e -> act(() -> {
            assignments.submit(id);
            notice.done(t("assignment.submitted"));
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
            title = t("assignment.not-found");
            add(new NotFound(t("assignment.not-found"), t("assignment.not-found-text"),
                    new RouterLink(t("assignment.go-to-assignments"), AssignmentsView.class)));
            return;
        }
        title = page.assignment().title();
        var a = page.assignment();
        Span meta = new Span(t("assignment.meta", page.seminarName(), when(a.dueAt()), t(a.groupWork() ? "assignment.group-work" : "assignment.individual-work")));
        meta.addClassName("assignment-meta");
        prompt.getElement().setProperty("innerHTML", page.promptHtml()); // sanitised by SafeMarkdown
        Div sources = new Div(new Span(t("assignment.articles") + " "));
        sources.addClassName("assignment-articles");
        a.articleIds().forEach(articleId -> articles.find(articleId).ifPresent(article ->
                sources.add(UserText.of(new Anchor("articles/" + articleId, article.title())))));
        add(new RouterLink(t("assignment.back"), AssignmentsView.class), UserText.of(new H1(a.title())), meta, notice, prompt, sources);
        if (page.visibleReferenceMap() != null) {
            add(new Paragraph(new Anchor("maps/" + page.visibleReferenceMap(),
                    t(page.instructs() ? "assignment.open-key" : "assignment.key-released"))));
        }
        if (page.instructs()) {
            showInstructor();
        } else {
            showStudent(page.mine());
        }
        sections.forEach(s -> s.section(page).ifPresent(this::add));
    }

    private void showStudent(Work mine) {
        Div status = new Div(new Span(page.assignment().groupWork() ? mine.name() + ": " + String.join(", ", mine.members()) + " · " : ""),
                StatusBadge.of(mine.status()));
        status.addClassName("my-status");
        start.setText(t(mine.started() ? "assignment.open-map" : "assignment.start"));
        start.setEnabled(!page.assignment().groupWork() || !mine.members().isEmpty());
        submit.setEnabled(page.canSubmit());
        submit.setTooltipText(t(page.canSubmit() ? "assignment.hand-in-tip" : page.cannotSubmitReason()));
        Div actions = new Div(start, submit);
        actions.addClassName("inline-form");
        add(new H2(t("assignment.your-work")), status, actions);
        if (!page.canSubmit() && mine.started()) {
            add(new Paragraph(t(page.cannotSubmitReason())));
        }
        if (mine.latestSubmissionId() != null) {
            add(new Paragraph(new Span(t("assignment.last-handed-in", when(mine.submittedAt())) + " "),
                    new Button(t("assignment.view-handed-in"), e -> new SubmissionDialog(assignments, mine.latestSubmissionId()).open())));
        }
    }

    private void showInstructor() {
        var a = page.assignment();
        Checkbox resubmit = toggle(t("assignment.allow-resubmission"), a.resubmissionAllowed(), on -> assignments.allowResubmission(id, on));
        Checkbox publish = toggle(t("assignment.publish"), a.mapsPublished(),
                on -> assignments.publishMaps(id, on));
        Checkbox peers = toggle(t("assignment.peer-review"), a.peerReview(),
                on -> assignments.peerReview(id, on));
        Div switches = new Div(resubmit, publish, peers);
        if (a.referenceMapId() != null) {
            switches.add(toggle(t("assignment.release-key"), a.referenceReleased(), on -> assignments.releaseReference(id, on)));
        }
        switches.addClassName("assignment-switches");
        List<Work> all = page.works();
        works.setItems(all);
        long handedIn = all.stream().filter(w -> w.latestSubmissionId() != null).count();
        add(switches, new H2(t("assignment.work-count", handedIn, all.size())));
        if (handedIn > 0) { // the compare view's address, not its class: compare builds on assignments, not the reverse
            Anchor compare = new Anchor("assignments/" + id + "/compare", t("assignment.compare"));
            compare.addClassName("compare-link");
            add(new Paragraph(compare, new Span(" " + t("assignment.compare-what"))));
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
            links.add(new Anchor("maps/" + w.mapId(), t("assignment.open-map-link")));
        }
        if (w.latestSubmissionId() != null) {
            Button view = new Button(t("assignment.submission"), e -> new SubmissionDialog(assignments, w.latestSubmissionId()).open());
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
            notice.problem(Text.problem(e));
        }
    }

    private void openMap(long mapId) {
        getUI().ifPresent(ui -> ui.navigate("maps/" + mapId));
    }

    static String when(java.time.Instant t) {
        return Dates.dateAndTime().format(t);
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }
}
