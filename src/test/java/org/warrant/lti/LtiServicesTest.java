package org.warrant.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.assignments.NewAssignment;
import org.warrant.grading.Grade;
import org.warrant.grading.GradeDraft;
import org.warrant.grading.GradeSheet;
import org.warrant.grading.GradingService;
import org.warrant.grading.Rubric;
import org.warrant.grading.RubricDraft;
import org.warrant.grading.RubricService;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/**
 * The LMS's services end to end, against the tests' own platform: Deep Linking (an instructor picks an assignment,
 * Warrant signs the answer, the platform's link then opens it), the course roster brought into the seminar (NRPS, two
 * pages), and a released grade sent to the course's gradebook (AGS), each service call authorised by a token the
 * platform granted for a client assertion Warrant signed.
 */
@WarrantTest(profiles = "test", webEnvironment = WebEnvironment.RANDOM_PORT, properties = "warrant.lti.send-every=PT24H")
class LtiServicesTest {

    @LocalServerPort int port;
    @Autowired LtiPlatforms platforms;
    @Autowired CourseRosters rosters;
    @Autowired GradebookScores gradebook;
    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired ArticleService articles;
    @Autowired GradingService grading;
    @Autowired RubricService rubrics;
    @Autowired org.warrant.maps.MapService maps;
    LtiFixture lms;
    TestPlatform platform;
    String course;
    String teacher;

    @BeforeEach
    void registered() throws Exception {
        lms = new LtiFixture(port, platforms);
        platform = lms.platform;
        course = "course-" + Classroom.freshSuffix();
        teacher = "teacher-" + course;
    }

    @AfterEach
    void stop() {
        lms.close();
    }

    private HttpResponse<String> launch(LtiBrowser b, String subject, java.util.function.Function<String, JWTClaimsSet> claims) throws Exception {
        return lms.launch(b, subject, claims);
    }

    private String username(String subject) {
        return lms.username(subject);
    }

    private long seminarOf(String user, Role role) {
        as(user, role);
        return seminars.mine().stream().filter(s -> s.name().endsWith(course)).findFirst().orElseThrow().id();
    }

    @Test
    void an_instructor_picks_an_assignment_through_deep_linking_and_the_link_then_opens_it_for_learners() throws Exception {
        LtiBrowser instructor = new LtiBrowser(port);
        HttpResponse<String> asked = launch(instructor, teacher, n -> platform.deepLinking(n, teacher, course).build());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("url=/lti/deep-link");
        long seminar = seminarOf(username(teacher), Role.INSTRUCTOR);
        long assignment = assignments.create(seminar, new NewAssignment("Was neutrality a mistake?", "Map it.",
                List.of(articles.list("").getFirst().id()), Instant.now().plus(Duration.ofDays(7)), false, null));
        SecurityContextHolder.clearContext();

        HttpResponse<String> answer = instructor.get("/lti/deep-link/answer?assignment=" + assignment);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("form-action " + platform.issuer);
        assertThat(answer.body()).contains("action=\"" + platform.issuer + "/deep-link-return\"");
        Matcher jwt = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"").matcher(answer.body());
        assertThat(jwt.find()).isTrue();
        JWTClaimsSet response = platform.verifyFromTool(jwt.group(1), platform.issuer);
        assertThat(response.getIssuer()).isEqualTo(platform.clientId);
        assertThat(response.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(response.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(response.getStringClaim(LtiClaims.DL_DATA)).isEqualTo("opaque-" + course);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) response.getListClaim(LtiClaims.CONTENT_ITEMS).getFirst();
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Was neutrality a mistake?");
        assertThat(item.get("custom")).isEqualTo(Map.of(CourseLinks.ASSIGNMENT_PARAMETER, Long.toString(assignment)));
        assertThat(instructor.get("/lti/deep-link/answer?assignment=" + assignment).statusCode()).as("answered once").isEqualTo(400);

        String learner = "learner-" + course;
        HttpResponse<String> opened = launch(new LtiBrowser(port), learner, n -> new JWTClaimsSet.Builder(
                platform.launch(n, learner, TestPlatform.LEARNER, course, "picked-link").build())
                .claim(LtiClaims.CUSTOM, Map.of(CourseLinks.ASSIGNMENT_PARAMETER, Long.toString(assignment))).build());
        assertThat(opened.body()).contains("url=/assignments/" + assignment);
        HttpResponse<String> later = launch(new LtiBrowser(port), learner, n -> platform.launch(n, learner, TestPlatform.LEARNER, course, "picked-link").build());
        assertThat(later.body()).as("the link remembers its assignment").contains("url=/assignments/" + assignment);
    }

    @Test
    void a_deep_linking_answer_with_another_seminars_assignment_is_refused() throws Exception {
        Classroom elsewhere = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        SecurityContextHolder.clearContext();
        LtiBrowser instructor = new LtiBrowser(port);
        launch(instructor, teacher, n -> platform.deepLinking(n, teacher, course).build());
        HttpResponse<String> refused = instructor.get("/lti/deep-link/answer?assignment=" + elsewhere.individual);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("name=\"JWT\"");
    }

    @Test
    void the_course_roster_comes_into_the_seminar_from_both_pages() throws Exception {
        launch(new LtiBrowser(port), teacher, n -> platform.launch(n, teacher, TestPlatform.INSTRUCTOR, course, "rl-1").build());
        platform.members.add(Map.of("status", "Active", "name", "Leyla Aliyeva", "user_id", "m1-" + course, "roles", List.of(TestPlatform.LEARNER)));
        platform.members.add(Map.of("status", "Active", "name", "Reza Karimi", "user_id", "m2-" + course, "roles", List.of(TestPlatform.LEARNER)));
        platform.members.add(Map.of("status", "Inactive", "name", "Gone Student", "user_id", "m3-" + course, "roles", List.of(TestPlatform.LEARNER)));
        platform.members.add(Map.of("status", "Active", "name", "Co Teacher", "user_id", "m4-" + course, "roles", List.of(TestPlatform.INSTRUCTOR)));

        long seminar = seminarOf(username(teacher), Role.INSTRUCTOR);
        assertThat(rosters.sync(seminar)).isEqualTo(3);
        assertThat(rosters.sync(seminar)).as("nothing twice").isZero();

        Seminar s = seminars.open(seminar);
        assertThat(s.students()).extracting(Seminar.Member::displayName).containsExactlyInAnyOrder("Leyla Aliyeva", "Reza Karimi");
        assertThat(s.instructors()).extracting(Seminar.Member::username).contains(username("m4-" + course));
        assertThat(platform.grantedScopes).contains(CourseRosters.SCOPE);
        assertThat(rosters.courses(seminar)).singleElement().satisfies(c -> assertThat(c.rosterSyncedAt()).isNotNull());
    }

    @Test
    void a_released_grade_goes_to_the_courses_gradebook() throws Exception {
        launch(new LtiBrowser(port), teacher, n -> platform.launch(n, teacher, TestPlatform.INSTRUCTOR, course, "rl-0").build());
        long seminar = seminarOf(username(teacher), Role.INSTRUCTOR);
        long assignment = assignments.create(seminar, new NewAssignment("Graded " + course, "Map it.", List.of(articles.list("").getFirst().id()),
                Instant.now().plus(Duration.ofDays(7)), false, null));
        long rubric = rubrics.create(new RubricDraft("Rubric " + course, List.of(new RubricDraft.CriterionDraft("Claim stated", "",
                List.of(new Rubric.Level("Missing", 0), new Rubric.Level("Fully", 4))))));
        grading.useRubric(assignment, rubric);
        SecurityContextHolder.clearContext();

        String learner = "learner-" + course;
        launch(new LtiBrowser(port), learner, n -> new JWTClaimsSet.Builder(platform.launch(n, learner, TestPlatform.LEARNER, course, "graded-link").build())
                .claim(LtiClaims.CUSTOM, Map.of(CourseLinks.ASSIGNMENT_PARAMETER, Long.toString(assignment))).build());
        as(username(learner), Role.STUDENT);
        assignments.start(assignment);
        assignments.submit(assignment);

        as(username(teacher), Role.INSTRUCTOR);
        GradeSheet sheet = grading.sheet(assignment);
        GradeSheet.Row row = sheet.rows().stream().filter(r -> r.work().id() != null).findFirst().orElseThrow();
        grading.save(assignment, row.work().id(), new GradeDraft(Map.of(sheet.rubric().criteria().getFirst().id(), new Grade.Mark(1, "Clear.")),
                "Well done.", Map.of(), 0));
        assertThat(gradebook.sendDue()).as("nothing before the release").isZero();
        grading.release(assignment, null, true);
        SecurityContextHolder.clearContext();

        assertThat(gradebook.sendDue()).isEqualTo(1);
        assertThat(platform.lineItemsMade).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("resourceLinkId", "graded-link").containsEntry("label", "Graded " + course).containsEntry("scoreMaximum", 4L));
        assertThat(platform.scores).singleElement().satisfies(score -> assertThat(score).containsEntry("userId", learner)
                .containsEntry("scoreGiven", 4L).containsEntry("scoreMaximum", 4L).containsEntry("gradingProgress", "FullyGraded"));
        assertThat(platform.grantedScopes).contains(GradebookScores.SCORE_SCOPE);
        assertThat(gradebook.sendDue()).as("sent once").isZero();
    }
}
