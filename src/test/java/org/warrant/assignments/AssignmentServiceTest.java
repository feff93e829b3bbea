package org.warrant.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

@WarrantTest(profiles = "test")
class AssignmentServiceTest {

    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    Classroom room;

    @BeforeEach
    void classroom() {
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private AssignmentLine line(long id) {
        return assignments.mine().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_student_goes_from_not_started_to_in_progress_to_submitted() {
        as(room.owner, Role.STUDENT);
        assertThat(line(room.individual).status()).isEqualTo(WorkStatus.NOT_STARTED);
        long mapId = assignments.start(room.individual);
        assertThat(assignments.start(room.individual)).as("Start twice opens the same map").isEqualTo(mapId);
        assertThat(line(room.individual).status()).isEqualTo(WorkStatus.IN_PROGRESS);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality cost Iran its standing.");

        assignments.submit(room.individual);

        assertThat(line(room.individual).status()).isEqualTo(WorkStatus.SUBMITTED);
        AssignmentPage page = assignments.open(room.individual);
        assertThat(assignments.submission(page.mine().latestSubmissionId())).contains("Neutrality cost Iran its standing.");
        as(room.instructor, Role.INSTRUCTOR);
        AssignmentLine teacher = line(room.individual);
        assertThat(teacher.submitted()).isEqualTo(1);
        assertThat(teacher.expected()).isEqualTo(3);
    }

    @Test
    void resubmission_is_refused_until_the_instructor_allows_it() {
        as(room.owner, Role.STUDENT);
        assignments.start(room.individual);
        assignments.submit(room.individual);
        assertThatThrownBy(() -> assignments.submit(room.individual)).hasMessageContaining("has not allowed resubmission");

        as(room.instructor, Role.INSTRUCTOR);
        assignments.allowResubmission(room.individual, true);
        as(room.owner, Role.STUDENT);
        assignments.submit(room.individual);
        assertThat(assignments.open(room.individual).mine().submissions()).isEqualTo(2);
    }

    @Test
    void groupmates_share_one_map_and_other_groups_do_not_see_it() {
        as(room.owner, Role.STUDENT);
        long mapId = assignments.start(room.groupWork);
        as(room.mate, Role.STUDENT);
        assertThat(assignments.start(room.groupWork)).isEqualTo(mapId);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "The mate's claim");
        assertThat(maps.readableMaps()).anyMatch(m -> m.id() == mapId);
        assignments.submit(room.groupWork);

        as(room.owner, Role.STUDENT);
        assertThat(line(room.groupWork).status()).as("a groupmate's submission counts for the group").isEqualTo(WorkStatus.SUBMITTED);
        as(room.other, Role.STUDENT);
        assertThat(line(room.groupWork).status()).isEqualTo(WorkStatus.NOT_STARTED);
        assertThatThrownBy(() -> maps.open(mapId)).isInstanceOf(MapNotFoundException.class);
    }

    @Test
    void work_not_handed_in_by_the_due_date_is_late() {
        as(room.instructor, Role.INSTRUCTOR);
        long past = assignments.create(room.seminarA, new NewAssignment("Past", "", List.of(room.articleId),
                Instant.now().minus(Duration.ofDays(1)), false, null));
        as(room.owner, Role.STUDENT);
        assertThat(line(past).status()).isEqualTo(WorkStatus.LATE);
        assignments.start(past);
        assignments.submit(past);
        assertThat(line(past).status()).as("handed in after the due date").isEqualTo(WorkStatus.LATE);
    }

    @Test
    void the_answer_key_stays_hidden_until_released() {
        as(room.owner, Role.STUDENT);
        assertThat(assignments.open(room.individual).visibleReferenceMap()).isNull();
        assertThatThrownBy(() -> maps.open(room.answerKey)).isInstanceOf(MapNotFoundException.class);

        as(room.instructor, Role.INSTRUCTOR);
        assignments.releaseReference(room.individual, true);

        as(room.owner, Role.STUDENT);
        assertThat(assignments.open(room.individual).visibleReferenceMap()).isEqualTo(room.answerKey);
        assertThat(maps.open(room.answerKey).editable()).isFalse();
    }

    @Test
    void published_maps_are_read_only_for_the_rest_of_the_seminar() {
        as(room.owner, Role.STUDENT);
        long mapId = assignments.start(room.individual);
        as(room.instructor, Role.INSTRUCTOR);
        assignments.publishMaps(room.individual, true);

        as(room.other, Role.STUDENT);
        assertThat(maps.open(mapId).editable()).isFalse();
        assertThatThrownBy(() -> edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "vandalism"))
                .isInstanceOf(AccessDeniedException.class);
        as(room.outsider, Role.STUDENT);
        assertThatThrownBy(() -> maps.open(mapId)).isInstanceOf(MapNotFoundException.class);
    }

    @Test
    void a_bad_assignment_is_refused_with_the_reason() {
        as(room.instructor, Role.INSTRUCTOR);
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment(" ", "", List.of(room.articleId), Classroom.nextWeek(), false, null)))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment("T", "x".repeat(20_001), List.of(room.articleId), Classroom.nextWeek(), false, null)))
                .hasMessageContaining("at most 20,000");
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment("T", "- ".repeat(9_000) + "x", List.of(room.articleId),
                Classroom.nextWeek(), false, null))).hasMessageContaining("The prompt nests lists or quotes 9000 levels deep");
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment("T", "", List.of(), Classroom.nextWeek(), false, null)))
                .hasMessageContaining("at least one article");
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment("T", "", List.of(-5L), Classroom.nextWeek(), false, null)))
                .hasMessageContaining("no article -5");
        as(room.owner, Role.STUDENT);
        assertThatThrownBy(() -> assignments.create(room.seminarA, new NewAssignment("T", "", List.of(room.articleId), Classroom.nextWeek(), false, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_prompt_is_rendered_without_the_html_it_holds() {
        as(room.instructor, Role.INSTRUCTOR);
        long id = assignments.create(room.seminarA, new NewAssignment("Hostile", "**Read** <script>alert(1)</script> [x](javascript:alert(1))",
                List.of(room.articleId), Classroom.nextWeek(), false, null));
        String html = assignments.open(id).promptHtml();
        assertThat(html).contains("<strong>Read</strong>").doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void a_student_without_a_group_cannot_start_group_work() {
        as(room.instructor, Role.INSTRUCTOR);
        seminars.assign(room.seminarA, room.other, null);
        as(room.other, Role.STUDENT);
        assertThatThrownBy(() -> assignments.start(room.groupWork)).hasMessageContaining("not in a group");
        assertThat(assignments.open(room.groupWork).cannotSubmitReason()).isEqualTo("assignment.no-group");
    }
}
