package org.warrant.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.assignments.AssignmentService;
import org.warrant.history.MapHistoryService;
import org.warrant.maps.MapActivity;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

@WarrantTest(profiles = "test")
@RecordApplicationEvents
class GradingServiceTest {

    @Autowired GradingService grading;
    @Autowired RubricService rubrics;
    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired MapHistoryService history;
    @Autowired ApplicationEvents events;
    Classroom room;
    long rubricId;

    @BeforeEach
    void classroom() {
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.instructor, Role.INSTRUCTOR);
        rubricId = rubrics.create(new RubricDraft("Mapping " + room.suffix, List.of(
                criterion("Claim stated"), criterion("Premises backed by quoted evidence"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static RubricDraft.CriterionDraft criterion(String title) {
        return new RubricDraft.CriterionDraft(title, "", List.of(new Rubric.Level("Missing", 0), new Rubric.Level("Partly", 1),
                new Rubric.Level("Fully", 3)));
    }

    private long handIn(String student, long assignment) {
        as(student, Role.STUDENT);
        long mapId = assignments.start(assignment);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality cost Iran its standing.");
        assignments.submit(assignment);
        as(room.instructor, Role.INSTRUCTOR);
        return mapId;
    }

    private GradeDraft marks(Rubric rubric, int first, int second, int version) {
        return new GradeDraft(Map.of(rubric.criteria().get(0).id(), new Grade.Mark(first, "Stated plainly."),
                rubric.criteria().get(1).id(), new Grade.Mark(second, "Quote ¶4 for the second premise.")), "A solid start.", Map.of(), version);
    }

    @Test
    void a_grade_stays_hidden_from_the_student_until_released() {
        long mapId = handIn(room.owner, room.individual);
        grading.useRubric(room.individual, rubricId);
        GradeSheet sheet = grading.sheet(room.individual);
        GradeSheet.Row row = sheet.rows().stream().filter(r -> r.work().usernames().contains(room.owner)).findFirst().orElseThrow();
        assertThat(row.hints()).as("the comparison's figures beside the rubric").isNotNull();
        assertThat(row.hints().claims()).isEqualTo(1);
        grading.save(room.individual, row.work().id(), marks(sheet.rubric(), 2, 1, 0));

        as(room.owner, Role.STUDENT);
        assertThat(grading.myFeedback(room.individual)).isEmpty();
        assertThat(grading.feedbackOnMap(mapId)).isEmpty();

        as(room.instructor, Role.INSTRUCTOR);
        assertThat(grading.release(room.individual, null, true)).isEqualTo(1);
        assertThat(events.stream(GradesReleased.class)).singleElement()
                .satisfies(e -> assertThat(e.grades().getFirst().points()).containsEntry(room.owner, 4));

        as(room.owner, Role.STUDENT);
        Feedback feedback = grading.myFeedback(room.individual).orElseThrow();
        assertThat(feedback.myPoints()).isEqualTo(4);
        assertThat(feedback.grade().maxPoints()).isEqualTo(6);
        assertThat(feedback.grade().overallComment()).isEqualTo("A solid start.");
        assertThat(grading.feedbackOnMap(mapId)).isPresent();
        assertThat(history.history(mapId)).extracting(MapActivity::action).contains("graded", "released");

        as(room.instructor, Role.INSTRUCTOR);
        GradeSheet.Row graded = grading.sheet(room.individual).rows().stream().filter(r -> r.grade() != null).findFirst().orElseThrow();
        grading.save(room.individual, graded.work().id(), marks(sheet.rubric(), 2, 2, graded.grade().version()));
        assertThat(events.stream(GradesReleased.class)).as("a changed released grade is announced again").hasSize(2)
                .last().satisfies(e -> assertThat(e.grades().getFirst().points()).containsEntry(room.owner, 6));
        as(room.owner, Role.STUDENT);
        assertThat(grading.myFeedback(room.individual).orElseThrow().myPoints()).isEqualTo(6);
        assertThat(history.history(mapId)).extracting(MapActivity::summary).noneMatch(s -> s.contains("4"));
    }

    @Test
    void released_to_one_student_is_hidden_from_another() {
        handIn(room.owner, room.individual);
        handIn(room.other, room.individual);
        grading.useRubric(room.individual, rubricId);
        GradeSheet sheet = grading.sheet(room.individual);
        for (GradeSheet.Row row : sheet.rows()) {
            if (row.work().id() != null) {
                grading.save(room.individual, row.work().id(), marks(sheet.rubric(), 1, 1, 0));
            }
        }
        long ownersWork = sheet.rows().stream().filter(r -> r.work().usernames().contains(room.owner)).findFirst().orElseThrow().work().id();
        grading.release(room.individual, ownersWork, true);

        as(room.other, Role.STUDENT);
        assertThat(grading.myFeedback(room.individual)).isEmpty();
        as(room.owner, Role.STUDENT);
        assertThat(grading.myFeedback(room.individual)).isPresent();
    }

    @Test
    void a_group_gets_one_grade_adjusted_per_member() {
        handIn(room.owner, room.groupWork);
        grading.useRubric(room.groupWork, rubricId);
        GradeSheet sheet = grading.sheet(room.groupWork);
        GradeSheet.Row group = sheet.rows().stream().filter(r -> r.work().usernames().contains(room.owner)).findFirst().orElseThrow();
        assertThat(group.work().usernames()).containsExactlyInAnyOrder(room.owner, room.mate);
        GradeDraft draft = marks(sheet.rubric(), 1, 1, 0);
        grading.save(room.groupWork, group.work().id(), new GradeDraft(draft.marks(), "", Map.of(room.mate,
                new Grade.Adjustment(-1, "Joined late, by agreement of the group.")), 0));
        grading.release(room.groupWork, group.work().id(), true);

        as(room.owner, Role.STUDENT);
        assertThat(grading.myFeedback(room.groupWork).orElseThrow().myPoints()).isEqualTo(2);
        as(room.mate, Role.STUDENT);
        Feedback mate = grading.myFeedback(room.groupWork).orElseThrow();
        assertThat(mate.myPoints()).isEqualTo(1);
        assertThat(mate.myAdjustment().reason()).contains("Joined late");
        as(room.instructor, Role.INSTRUCTOR);
        assertThat(grading.csv(room.groupWork)).contains(room.owner + ",").contains(",2,6,yes").contains(",1,6,yes");
    }

    @Test
    void a_stale_grade_is_refused_and_the_newer_one_kept() {
        handIn(room.owner, room.individual);
        grading.useRubric(room.individual, rubricId);
        GradeSheet sheet = grading.sheet(room.individual);
        long work = sheet.rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow().work().id();
        grading.save(room.individual, work, marks(sheet.rubric(), 2, 2, 0));
        assertThatThrownBy(() -> grading.save(room.individual, work, marks(sheet.rubric(), 0, 0, 0))).hasMessageContaining("since you opened it");
        grading.save(room.individual, work, marks(sheet.rubric(), 1, 1, 1));
        assertThatThrownBy(() -> grading.save(room.individual, work, marks(sheet.rubric(), 0, 0, 1))).hasMessageContaining("since you opened it");
        assertThat(grading.sheet(room.individual).rows().stream().filter(r -> r.grade() != null).findFirst().orElseThrow().grade().points()).isEqualTo(2);
    }

    @Test
    void a_grade_that_does_not_fit_the_rubric_is_refused() {
        handIn(room.owner, room.individual);
        grading.useRubric(room.individual, rubricId);
        GradeSheet sheet = grading.sheet(room.individual);
        long work = sheet.rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow().work().id();
        Rubric rubric = sheet.rubric();
        assertThatThrownBy(() -> grading.save(room.individual, work, new GradeDraft(Map.of(rubric.criteria().get(0).id(), new Grade.Mark(1, "")),
                "", Map.of(), 0))).hasMessageContaining("Choose a level for “Premises backed by quoted evidence”");
        assertThatThrownBy(() -> grading.save(room.individual, work, marks(rubric, 3, 0, 0))).hasMessageContaining("no such level");
        assertThatThrownBy(() -> grading.save(room.individual, work, new GradeDraft(marks(rubric, 1, 1, 0).marks(), "",
                Map.of(room.other, new Grade.Adjustment(1, "")), 0))).hasMessageContaining("not a member");
        assertThat(grading.sheet(room.individual).graded()).isZero();
    }

    @Test
    void students_and_other_seminars_instructors_cannot_grade_or_read_the_sheet() {
        handIn(room.owner, room.individual);
        grading.useRubric(room.individual, rubricId);
        long work = grading.sheet(room.individual).rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow().work().id();
        as(room.owner, Role.STUDENT);
        assertThatThrownBy(() -> grading.sheet(room.individual)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.release(room.individual, work, true)).isInstanceOf(AccessDeniedException.class);
        as(room.instructorB, Role.INSTRUCTOR);
        assertThatThrownBy(() -> grading.sheet(room.individual)).isInstanceOf(AssignmentNotFoundException.class);
        assertThatThrownBy(() -> grading.save(room.individual, work, new GradeDraft(Map.of(), "", Map.of(), 0)))
                .isInstanceOf(AssignmentNotFoundException.class);
        assertThatThrownBy(() -> grading.useRubric(room.individual, rubricId)).isInstanceOf(AssignmentNotFoundException.class);
        assertThatThrownBy(() -> rubrics.open(rubricId)).hasMessageContaining("no such rubric");
    }

    @Test
    void a_rubric_in_use_is_fixed_and_can_be_duplicated() {
        handIn(room.owner, room.individual);
        grading.useRubric(room.individual, rubricId);
        GradeSheet sheet = grading.sheet(room.individual);
        long work = sheet.rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow().work().id();
        grading.save(room.individual, work, marks(sheet.rubric(), 1, 1, 0));
        Rubric rubric = rubrics.open(rubricId);
        assertThatThrownBy(() -> rubrics.update(rubricId, rubric.draft())).hasMessageContaining("stays as it is");
        assertThatThrownBy(() -> grading.useRubric(room.individual, rubrics.duplicate(rubricId))).hasMessageContaining("already has grades");
        assertThat(rubrics.mine()).extracting(Rubric::title).contains(rubric.title(), rubric.title() + " (2)");
    }

    @Test
    void a_rubric_without_criteria_or_with_one_level_is_refused() {
        assertThatThrownBy(() -> rubrics.create(new RubricDraft("Empty", List.of()))).hasMessageContaining("1 to 20 criteria");
        assertThatThrownBy(() -> rubrics.create(new RubricDraft("One level", List.of(new RubricDraft.CriterionDraft("Claim", "",
                List.of(new Rubric.Level("Yes", 1))))))).hasMessageContaining("2 to 8 levels");
        as(room.owner, Role.STUDENT);
        assertThatThrownBy(() -> rubrics.mine()).isInstanceOf(AccessDeniedException.class);
    }
}
