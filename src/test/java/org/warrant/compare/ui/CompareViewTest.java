package org.warrant.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.testing.WarrantTest;

/** The compare view of the demo assignment with three submitted maps and an answer key. */
@WarrantTest
class CompareViewTest extends SpringBrowserlessTest {

    static final String TITLE = "Find the evidence: what did neutrality cost Iran?";

    @Autowired AssignmentService assignments;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long demoAssignment() {
        return assignments.mine().stream().filter(a -> a.title().equals(TITLE)).findFirst().orElseThrow().id();
    }

    /** Opens the view and waits for the comparison, then runs the page updates it queued. */
    private CompareView compared(long id) {
        CompareView view = navigate("assignments/" + id + "/compare", CompareView.class);
        view.computing.join();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        return view;
    }

    @Test
    void the_overview_lists_each_submitted_map_and_sorts_by_agreement_with_the_key() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = compared(demoAssignment());

        OverviewGrid overview = (OverviewGrid) tab(view, 0);
        assertThat(test(overview).size()).isEqualTo(3);
        assertThat(test(overview).getCellText(0, 0)).isEqualTo("Arash Tehrani");
        var byKey = overview.getColumnByKey("key");
        overview.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(byKey, com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(test(overview).getCellText(0, 0)).as("closest to the key first").isEqualTo("Arash Tehrani");
        assertThat(test(overview).getCellText(2, 0)).isEqualTo("Sam Okafor");
        assertThat(view.getElement().getTextRecursively()).contains("3 submitted maps", "compared with the answer key too");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Download report (Markdown)", "Download report (PDF)", "Download CSV for the gradebook");
    }

    @Test
    void progress_shows_while_the_maps_are_compared_and_the_tabs_replace_it() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = navigate("assignments/" + demoAssignment() + "/compare", CompareView.class);

        // the page is answered before the comparison is: what it queued waits for this (the session's) lock
        assertThat(view.progressText.getText()).isEqualTo("Comparing 6 pairs of maps…");
        assertThat(view.progress.isAttached()).isTrue();
        assertThat(view.tabs.isAttached()).isFalse();

        view.computing.join();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(view.progress.isAttached()).isFalse();
        assertThat(view.tabs.isAttached()).isTrue();
    }

    @Test
    void a_matrix_cell_opens_the_two_maps_side_by_side() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = compared(demoAssignment());
        AgreementMatrix matrix = (AgreementMatrix) tab(view, 2);

        assertThat(matrix.cells).hasSize(3 * 3 + 3);
        Div arashWithNigar = matrix.cells.get(1);
        assertThat(arashWithNigar.getElement().getAttribute("title")).startsWith("Arash Tehrani and Nigar Aliyeva").contains("Overall 0.", "Stance 1.00");
        test(arashWithNigar).click();

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(3);
        assertThat(view.sideBySide.left.getValue()).isZero();
        assertThat(view.sideBySide.right.getValue()).isEqualTo(1);
        assertThat(view.sideBySide.shown).anyMatch(r -> r.status() == AlignedRows.Status.MATCHED)
                .anyMatch(r -> r.status() == AlignedRows.Status.LEFT_ONLY);
        assertThat(view.sideBySide.legend.getElement().getTextRecursively()).contains("Matched: ", "Only on the left: ");
    }

    @Test
    void clicking_a_shaded_passage_says_which_maps_cite_it_and_how() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = compared(demoAssignment());
        PassageHeatmap heat = (PassageHeatmap) tab(view, 1);

        Span mostCited = heat.text.getChildren().flatMap(p -> p.getChildren()).filter(Span.class::isInstance).map(Span.class::cast)
                .filter(s -> "3 of 3 maps".equals(s.getElement().getAttribute("title"))).findFirst().orElseThrow();
        test(mostCited).click();

        String details = heat.details.getElement().getTextRecursively();
        assertThat(details).contains("3 of 3 maps cite", "Arash Tehrani: evidence for", "Sam Okafor: evidence for “Israel became");
    }

    @Test
    void the_consensus_opens_as_a_read_only_map() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = compared(demoAssignment());
        ConsensusPanel consensus = (ConsensusPanel) tab(view, 4);

        consensus.k.setValue(3);
        assertThat(consensus.outline.getChildren()).isNotEmpty();
        consensus.k.setValue(2);
        assertThat(consensus.outline.getElement().getTextRecursively()).contains("2 of 3");
        test(consensus.open).click();

        assertThat(getCurrentView().getElement().getAttribute("class")).contains("map-editor");
        assertThat(find(Div.class).withClassName("read-only-notice").single().getElement().getTextRecursively())
                .contains("made from other maps");
    }

    @Test
    void a_student_is_told_comparing_is_for_instructors() {
        as("student1", Role.STUDENT);
        CompareView view = navigate("assignments/" + demoAssignmentAsStudent() + "/compare", CompareView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Only the seminar's instructors compare its maps.");
        assertThat(view.computing).isNull();
    }

    @Test
    void an_unknown_assignment_is_not_found() {
        as("instructor", Role.INSTRUCTOR);
        CompareView view = navigate("assignments/987654321/compare", CompareView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Assignment not found");
    }

    /** Selects a tab, as a click on it would (a tab's content is attached only while it is selected). */
    private com.vaadin.flow.component.Component tab(CompareView view, int index) {
        view.tabs.setSelectedIndex(index);
        roundTrip(); // the tab sheet attaches the selected content before its response
        return view.tabs.getComponent(view.tabs.getTabAt(index));
    }

    private long demoAssignmentAsStudent() {
        return assignments.mine().stream().filter(a -> a.title().equals(TITLE)).findFirst().orElseThrow().id();
    }
}
