package org.warrant.seminars.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.testing.WarrantTest;

/** Creating, joining and running a seminar in its views. */
@WarrantTest
class SeminarViewsTest extends SpringBrowserlessTest {

    @Autowired SeminarService seminars;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_instructor_creates_a_seminar_and_a_student_joins_it_with_the_code() {
        as("instructor", Role.INSTRUCTOR);
        SeminarsView list = navigate(SeminarsView.class);
        test(list.name).setValue("Reading the Qarabagh war");
        test(list.term).setValue("Spring 2027");
        test(list.create).click();
        assertThat(getCurrentView()).isInstanceOf(SeminarView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Reading the Qarabagh war", "Students join with the code");
        long id = seminars.mine().getFirst().id();
        String code = seminars.open(id).joinCode();

        as("student3", Role.STUDENT);
        SeminarsView studentList = navigate(SeminarsView.class);
        test(studentList.code).setValue(code);
        test(studentList.join).click();
        assertThat(getCurrentView()).isInstanceOf(SeminarView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("You are not in a group yet.")
                .doesNotContain(code);
    }

    @Test
    void a_wrong_join_code_says_so() {
        as("student2", Role.STUDENT);
        SeminarsView list = navigate(SeminarsView.class);
        test(list.code).setValue("WRONG123");
        test(list.join).click();
        assertThat(list.error.isVisible()).isTrue();
        assertThat(list.error.getText()).contains("No seminar has the code “WRONG123”");
    }

    @Test
    void the_instructor_makes_random_groups_from_the_seminar_page() {
        as("instructor", Role.INSTRUCTOR);
        long id = seminars.create("Groups seminar", "Autumn");
        String code = seminars.open(id).joinCode();
        for (String s : List.of("student1", "student2", "student3")) {
            as(s, Role.STUDENT);
            seminars.join(code);
        }
        as("instructor", Role.INSTRUCTOR);
        SeminarView view = navigate("seminars/" + id, SeminarView.class);
        test(view.groupSize).setValue(2);
        test(view.randomGroups).click();
        Seminar seminar = seminars.open(id);
        assertThat(seminar.groups()).hasSize(2);
        assertThat(view.getElement().getTextRecursively()).contains("New random groups made.");
        assertThat(test(view.roster).size()).isEqualTo(3);

        // The page is rebuilt after each change; the button must still do its work once per click.
        assertThat(com.vaadin.flow.component.ComponentUtil.getListeners(view.randomGroups,
                com.vaadin.flow.component.ClickEvent.class)).filteredOn(l -> l.getClass().getName().contains("SeminarView")).hasSize(1);
    }

    @Test
    void adding_a_student_without_an_account_shows_their_temporary_password() {
        as("instructor", Role.INSTRUCTOR);
        long id = seminars.create("Enrol seminar", "Autumn");
        SeminarView view = navigate("seminars/" + id, SeminarView.class);
        String name = "view-enrol-" + System.nanoTime() % 100_000;
        test(view.studentUsername).setValue(name);
        test(view.studentName).setValue("Leila View");
        test(view.enrol).click();
        assertThat(view.notice.getText()).matches("New account “" + name + "” added\\. Its temporary password is [a-z2-9-]{14}; .*");
        assertThat(test(view.roster).size()).isEqualTo(1);
    }

    @Test
    void a_seminar_one_does_not_belong_to_is_not_found() {
        as("instructor", Role.INSTRUCTOR);
        long id = seminars.create("Private seminar", "Now");
        as("student1", Role.STUDENT);
        navigate("seminars/" + id, Component.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Seminar not found");
        assertThat($(Button.class).from((Component) getCurrentView()).all()).isEmpty();
    }
}
