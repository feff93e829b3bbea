package org.warrant.assignments.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.testing.WarrantTest;

/** The assignments list (the home page), an assignment's page for a student and for the instructor, and setting one. */
@WarrantTest
class AssignmentViewsTest extends SpringBrowserlessTest {

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired ArticleService articles;
    private final String student = "viewer" + Long.toString(System.nanoTime(), 36);
    private long assignment;
    private String title;

    @BeforeEach
    void anAssignment() {
        as("instructor", Role.INSTRUCTOR);
        long seminar = seminars.create("Views seminar", "Spring");
        String code = seminars.open(seminar).joinCode();
        title = "Map the op-ed " + student;
        assignment = assignments.create(seminar, new NewAssignment(title, "Find **three** premises.",
                List.of(articles.list("").getFirst().id()), Instant.now().plus(Duration.ofDays(3)), false, null));
        as(student, Role.STUDENT);
        seminars.join(code);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_student_sees_the_status_starts_the_map_and_submits_it() {
        AssignmentsView home = navigate(AssignmentsView.class);
        assertThat(home.list.getElement().getTextRecursively()).contains(title, "Not started");

        AssignmentView page = navigate("assignments/" + assignment, AssignmentView.class);
        assertThat(page.prompt.getElement().getProperty("innerHTML")).isEqualTo("<p>Find <strong>three</strong> premises.</p>");
        assertThat(page.submit.isEnabled()).as("nothing to submit before Start").isFalse();
        test(page.start).click();
        assertThat(getCurrentView().getElement().getAttribute("class")).contains("map-editor");

        page = navigate("assignments/" + assignment, AssignmentView.class);
        assertThat(page.start.getText()).isEqualTo("Open the map");
        test(page.submit).click();
        assertThat(page.notice.getText()).startsWith("Submitted");
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Submitted");
        assertThat(page.submit.isEnabled()).as("no resubmission unless allowed").isFalse();
    }

    @Test
    void the_instructor_follows_every_students_work() {
        as("instructor", Role.INSTRUCTOR);
        AssignmentView page = navigate("assignments/" + assignment, AssignmentView.class);
        assertThat(page.works.getListDataView().getItems()).anyMatch(w -> w.name().equals(student) && !w.started());
        assertThat(page.getElement().getTextRecursively()).contains("0 of 1 handed in");
        assertThat(find(Checkbox.class).all()).extracting(Checkbox::getLabel)
                .anyMatch(l -> l.startsWith("Allow resubmission")).anyMatch(l -> l.startsWith("Peer review"));
    }

    @Test
    void someone_outside_the_seminar_gets_not_found() {
        as("student3", Role.STUDENT);
        AssignmentView page = navigate("assignments/" + assignment, AssignmentView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Assignment not found");
    }

    @Test
    void an_instructor_sets_an_assignment_in_the_dialog() {
        as("instructor", Role.INSTRUCTOR);
        AssignmentsView home = navigate(AssignmentsView.class);
        test(home.newAssignment).click();
        NewAssignmentDialog dialog = find(NewAssignmentDialog.class).single();
        test(dialog.create).click();
        assertThat(dialog.error.getText()).as("no title yet").contains("title");
        test(dialog.title).setValue("Set in the dialog");
        ArticleSummary first = articles.list("").getFirst();
        dialog.articleChoice.select(first);
        test(dialog.create).click();
        assertThat(getCurrentView()).as(dialog.error.getText()).isInstanceOf(AssignmentView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Set in the dialog", first.title());
    }
}
