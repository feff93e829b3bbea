package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.compare.CompareService;
import org.warrant.compare.Comparison;
import org.warrant.compare.Submissions;
import org.warrant.sources.ArticleService;
import org.warrant.ui.NotFound;
import org.warrant.ui.Notice;
import org.warrant.ui.Counted;
import org.warrant.ui.Text;

/**
 * An instructor's comparison of an assignment's submitted maps. The maps are read at once; the pairs are
 * compared off the request thread, with a progress bar pushed to the page, and then the tabs appear:
 * overview, passage heatmap, agreement matrix, side by side, consensus.
 */
@Route("assignments/:id([0-9]{1,18})/compare")
@CssImport("./styles/compare.css")
@PermitAll
class CompareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CompareView.class);

    private final CompareService compare;
    private final ArticleService articles;
    final Notice notice = new Notice();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressText = new Span();
    final TabSheet tabs = new TabSheet();
    /** The running comparison, done once its result is queued for the page; tests wait on it. */
    CompletableFuture<Comparison> computing;
    Comparison comparison;
    SideBySide sideBySide;
    private String title = t("compare.default-title");

    CompareView(CompareService compare, ArticleService articles) {
        this.compare = compare;
        this.articles = articles;
        addClassNames("page", "compare-view");
        tabs.addClassName("compare-tabs");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        removeAll();
        Submissions submissions;
        try {
            submissions = compare.load(id);
        } catch (AssignmentNotFoundException e) {
            title = t("assignment.not-found");
            add(new NotFound(t("assignment.not-found"), t("assignment.not-found-text"), backToAssignments()));
            return;
        } catch (AccessDeniedException e) {
            title = t("compare.default-title");
            add(new H1(title), new Paragraph(Text.problem(e) + " " + t("compare.own-work")),
                    new Anchor("assignments/" + id, t("compare.back")));
            return;
        }
        title = t("compare.title", submissions.title());
        Span meta = new Span(Counted.of(submissions.maps().size(), "compare.submitted")
                + " " + t(submissions.reference() == null ? "compare.no-key" : "compare.with-key"));
        meta.addClassName("assignment-meta");
        add(new Anchor("assignments/" + id, t("common.back-to", submissions.title())), new H1(t("compare.heading")), meta, notice);
        if (submissions.maps().isEmpty()) {
            add(new Paragraph(t("compare.none")));
            return;
        }
        start(submissions, UI.getCurrent());
    }

    private void start(Submissions submissions, UI ui) {
        int maps = submissions.maps().size();
        int pairs = maps * (maps - 1) / 2 + (submissions.reference() == null ? 0 : maps);
        progressText.setText(Counted.of(pairs, "compare.comparing"));
        Div working = new Div(progressText, progress);
        working.addClassName("compare-progress");
        add(working);
        AtomicInteger shownPercent = new AtomicInteger();
        computing = compare.compare(submissions, (done, total) -> {
            int percent = 100 * done / total;
            int before = shownPercent.get();
            if (percent >= before + 5 && shownPercent.compareAndSet(before, percent)) { // at most twenty pushes
                ui.access(() -> progress.setValue(percent / 100.0));
            }
        }).whenComplete((result, failure) -> ui.access(() -> {
            remove(working);
            if (failure != null) {
                log.error("Comparing the maps of assignment {} failed", submissions.assignmentId(), failure);
                notice.problem(t("compare.failed"));
            } else {
                show(result);
            }
        }));
    }

    private void show(Comparison c) {
        comparison = c;
        add(new ReportLinks(c));
        sideBySide = new SideBySide(c);
        tabs.add(t("compare.tab.overview"), new OverviewGrid(c, mapId -> getUI().ifPresent(ui -> ui.navigate("maps/" + mapId))));
        tabs.add(t("compare.tab.passages"), new PassageHeatmap(c, articles));
        tabs.add(t("compare.tab.agreement"), new AgreementMatrix(c, (left, right) -> {
            sideBySide.show(left, right);
            tabs.setSelectedIndex(3);
        }));
        tabs.add(t("compare.tab.side-by-side"), sideBySide);
        tabs.add(t("compare.tab.consensus"), new ConsensusPanel(c, compare));
        add(tabs);
    }

    private static Anchor backToAssignments() {
        return new Anchor("assignments", t("assignment.go-to-assignments"));
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }
}
