package org.warrant.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.grading.FeedbackCard;
import org.warrant.grading.GradeSheet;
import org.warrant.grading.GradingService;
import org.warrant.grading.RubricService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** Writing a rubric, grading a handed-in map on it, releasing, and the student reading the feedback. */
@WarrantTest
class GradingViewsTest extends SpringBrowserlessTest {

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired GradingService grading;
    @Autowired RubricService rubrics;
    Classroom room;
    long mapId;

    @BeforeEach
    void handedIn() {
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
        mapId = assignments.start(room.individual);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality cost Iran its standing.");
        assignments.submit(room.individual);
        as(room.instructor, Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_instructor_writes_a_rubric_from_the_starter_criteria() {
        RubricsView view = navigate(RubricsView.class);
        test(find(com.vaadin.flow.component.button.Button.class).withText("New rubric").single()).click();
        assertThat(view.editor.fields).hasSize(4);
        assertThat(view.editor.fields.getFirst().title.getValue()).isEqualTo("Claim stated");
        test(view.editor.save).click();
        assertThat(view.notice.getText()).contains("Give the rubric a title");
        test(view.editor.title).setValue("Argument maps " + room.suffix);
        test(view.editor.save).click();
        assertThat(view.notice.getText()).isEqualTo("Rubric saved.");
        assertThat(rubrics.mine()).extracting(r -> r.title()).contains("Argument maps " + room.suffix);
    }

    @Test
    void an_instructor_grades_on_the_rubric_and_the_student_reads_it_once_released() {
        long rubric = rubrics.create(RubricEditor.starter().withTitle("Starter " + room.suffix));
        GradingView view = navigate("assignments/" + room.individual + "/grading", GradingView.class);
        assertThat(view.formArea.getElement().getTextRecursively()).contains("Choose the rubric");
        test(view.rubric).selectItem("Starter " + room.suffix);
        assertThat(view.notice.getText()).contains("now graded on that rubric");

        GradeSheet.Row row = view.sheet.rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow();
        view.works.select(row);
        GradeForm form = view.form;
        assertThat(form.getElement().getTextRecursively()).contains("From the comparison, as hints", "1 claim without a reason");
        test(form.save).click();
        assertThat(view.notice.getText()).contains("Choose a level for “Claim stated”");
        List<Long> criteria = List.copyOf(form.levels.keySet());
        criteria.forEach(c -> test(form.levels.get(c)).selectItem(form.levels.get(c).getItemLabelGenerator().apply(2)));
        test(form.comments.get(criteria.get(1))).setValue("Quote ¶4 for the second premise.");
        test(form.overall).setValue("A clear claim; now back it.");
        test(form.save).click();
        assertThat(view.notice.getText()).startsWith("Grade saved");

        as(room.owner, Role.STUDENT);
        assertThat(grading.myFeedback(room.individual)).as("hidden until released").isEmpty();

        as(room.instructor, Role.INSTRUCTOR);
        view = navigate("assignments/" + room.individual + "/grading", GradingView.class);
        test(view.releaseAll).click();
        assertThat(view.notice.getText()).isEqualTo("Released: 1.");

        as(room.owner, Role.STUDENT);
        navigate("assignments/" + room.individual, com.vaadin.flow.component.Component.class);
        FeedbackCard card = find(FeedbackCard.class).single();
        assertThat(card.getElement().getTextRecursively()).contains("8 of 8 points", "Quote ¶4 for the second premise.",
                "A clear claim; now back it.", "Fully");
        assertThat(rubric).isPositive();
    }

    @Test
    void a_student_reaching_for_the_grading_page_by_url_sees_not_found() {
        as(room.owner, Role.STUDENT);
        GradingView view = navigate("assignments/" + room.individual + "/grading", GradingView.class);
        assertThat(view.getElement().getTextRecursively()).contains("not found");
    }
}
