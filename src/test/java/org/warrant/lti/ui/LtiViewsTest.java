package org.warrant.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.lti.Launch;
import org.warrant.lti.LtiPlatforms;
import org.warrant.lti.Platform;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** The admin's LTI page (registering a platform, rotating the key) and the instructor's Deep Linking choice. */
@WarrantTest
class LtiViewsTest extends SpringBrowserlessTest {

    @Autowired LtiPlatforms platforms;
    @Autowired SeminarService seminars;
    @Autowired AssignmentService assignments;
    @Autowired ArticleService articles;
    @Autowired org.warrant.maps.MapService maps;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_registers_a_platform_and_is_told_what_is_wrong_first() {
        as("admin", Role.ADMIN);
        LtiAdminView view = navigate(LtiAdminView.class);
        assertThat(view.getElement().getTextRecursively()).contains("What to enter in the LMS");
        test(find(Button.class).withText("Register a platform").single()).click();
        String suffix = Classroom.freshSuffix();
        test(view.form.name).setValue("University Moodle " + suffix);
        test(view.form.issuer).setValue("http://moodle.example.edu");
        test(view.form.clientId).setValue("client-" + suffix);
        test(view.form.deployments).setValue("1\n2");
        test(view.form.authUrl).setValue("https://moodle.example.edu/mod/lti/auth.php");
        test(view.form.tokenUrl).setValue("https://moodle.example.edu/mod/lti/token.php");
        test(view.form.jwksUrl).setValue("https://moodle.example.edu/mod/lti/certs.php");
        test(view.form.save).click();
        assertThat(view.notice.getText()).contains("“http://moodle.example.edu” is not an address Warrant will call");
        test(view.form.issuer).setValue("https://moodle.example.edu");
        test(view.form.save).click();
        assertThat(view.notice.getText()).isEqualTo("Platform saved.");
        assertThat(platforms.list()).filteredOn(p -> p.clientId().equals("client-" + suffix)).singleElement()
                .extracting(Platform::deploymentIds).isEqualTo(List.of("1", "2"));
        int keys = view.keyList.getGenericDataView().getItems().toList().size();
        test(view.rotate).click();
        assertThat(view.keyList.getGenericDataView().getItems().toList()).hasSize(keys + 1);
    }

    @Test
    void an_instructor_sees_the_courses_assignments_to_choose_from() {
        Classroom room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.instructor, Role.INSTRUCTOR);
        VaadinSession.getCurrent().getSession().setAttribute(Launch.DeepLinkRequest.SESSION_KEY,
                new Launch.DeepLinkRequest(1, "d", "https://lms.example.edu/return", null, room.seminarA));
        DeepLinkView view = navigate(DeepLinkView.class);
        assertThat(view.choices.getElement().getTextRecursively()).contains("Alone " + room.suffix, "Together " + room.suffix);
        test(view.create).click();
        assertThat(view.notice.getText()).as("the new assignment's form says what is missing").isNotBlank();
        assertThat(assignments.mine()).noneMatch(a -> a.title().isBlank());
    }

    @Test
    void without_a_pending_request_the_view_says_what_to_do() {
        as("instructor", Role.INSTRUCTOR);
        DeepLinkView view = navigate(DeepLinkView.class);
        assertThat(view.getElement().getTextRecursively()).contains("open “Add an activity” in your course again");
    }
}
