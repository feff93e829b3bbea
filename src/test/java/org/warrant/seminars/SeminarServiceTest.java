package org.warrant.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.seminars.Seminar.MemberRole;
import org.warrant.testing.WarrantTest;

/** Who may do what with a seminar, checked in the service. */
@WarrantTest
class SeminarServiceTest {

    @Autowired SeminarService seminars;
    @Autowired org.springframework.security.authentication.AuthenticationProvider signIn;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long seminarWithStudents(String... students) {
        as("instructor", Role.INSTRUCTOR);
        long id = seminars.create("Iran and Azerbaijan", "Spring 2027");
        String code = seminars.open(id).joinCode();
        for (String s : students) {
            as(s, Role.STUDENT);
            assertThat(seminars.join(code.toLowerCase())).isEqualTo(id);
        }
        as("instructor", Role.INSTRUCTOR);
        return id;
    }

    @Test
    void an_instructor_creates_a_seminar_and_students_join_with_its_code() {
        long id = seminarWithStudents("student1", "student2");
        Seminar seminar = seminars.open(id);
        assertThat(seminar.joinCode()).matches("[A-Z2-9]{8}");
        assertThat(seminar.students()).extracting(Seminar.Member::username).containsExactly("student1", "student2");
        assertThat(seminar.instructors()).extracting(Seminar.Member::username).containsExactly("instructor");

        as("student1", Role.STUDENT);
        assertThat(seminars.mine()).anyMatch(s -> s.id() == id && s.myRole() == MemberRole.STUDENT && s.students() == 2);
        assertThat(seminars.open(id).joinCode()).as("students don't see the code").isNull();
        assertThatThrownBy(() -> seminars.join("NOSUCHCODE")).hasMessageContaining("No seminar has the code");
    }

    @Test
    void students_cannot_create_or_manage_and_outsiders_find_nothing() {
        long id = seminarWithStudents("student1");
        as("student1", Role.STUDENT);
        assertThatThrownBy(() -> seminars.create("Mine", "Now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.randomGroups(id, 2, new Random(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.removeStudent(id, "student1")).isInstanceOf(AccessDeniedException.class);

        as("student2", Role.STUDENT); // not a member
        assertThatThrownBy(() -> seminars.open(id)).isInstanceOf(SeminarNotFoundException.class);
        assertThatThrownBy(() -> seminars.open(987654321L)).isInstanceOf(SeminarNotFoundException.class);

        as("admin", Role.ADMIN); // an instructor-level account that doesn't teach it
        assertThatThrownBy(() -> seminars.removeStudent(id, "student1")).isInstanceOf(SeminarNotFoundException.class);
    }

    @Test
    void a_co_instructor_manages_the_seminar_too() {
        long id = seminarWithStudents("student1");
        assertThatThrownBy(() -> seminars.addCoInstructor(id, "student2")).hasMessageContaining("no instructor account");
        seminars.addCoInstructor(id, "admin");
        as("admin", Role.ADMIN);
        seminars.removeStudent(id, "student1");
        assertThat(seminars.open(id).students()).isEmpty();
    }

    @Test
    void random_groups_deal_the_students_into_groups_of_n_and_students_see_their_own() {
        long id = seminarWithStudents("student1", "student2", "student3");
        seminars.randomGroups(id, 2, new Random(7));
        Seminar seminar = seminars.open(id);
        assertThat(seminar.groups()).extracting(Seminar.Group::name).containsExactly("Group 1", "Group 2");
        assertThat(seminar.students()).allMatch(s -> s.groupId() != null);
        assertThat(seminar.students().stream().collect(java.util.stream.Collectors.groupingBy(Seminar.Member::groupId)).values())
                .extracting(List::size).containsExactlyInAnyOrder(2, 1);

        long groupOfStudent1 = seminar.students().stream().filter(s -> s.username().equals("student1")).findFirst().orElseThrow().groupId();
        as("student1", Role.STUDENT);
        Seminar mine = seminars.open(id);
        assertThat(mine.groups()).extracting(Seminar.Group::id).containsExactly(groupOfStudent1);
        assertThat(mine.students()).allMatch(s -> s.groupId() == groupOfStudent1);
    }

    @Test
    void students_are_moved_between_groups_by_hand() {
        long id = seminarWithStudents("student1", "student2");
        long a = seminars.createGroup(id, "Readers");
        seminars.assign(id, "student1", a);
        seminars.assign(id, "student2", a);
        seminars.assign(id, "student2", null);
        Seminar seminar = seminars.open(id);
        assertThat(seminar.students()).filteredOn(s -> s.groupId() != null).extracting(Seminar.Member::username).containsExactly("student1");
        assertThatThrownBy(() -> seminars.assign(id, "instructor", a)).hasMessageContaining("not a student");
    }

    @Test
    void an_instructor_enrols_an_existing_student_or_makes_a_new_account() {
        long id = seminarWithStudents();
        assertThat(seminars.enrol(id, "student1", null)).isEmpty();
        String name = "enrolled-" + System.nanoTime() % 100_000;
        String temporary = seminars.enrol(id, name, "Rana Enrolled").orElseThrow();
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, temporary));
        assertThat(seminars.open(id).students()).extracting(Seminar.Member::username).contains("student1", name);
        assertThatThrownBy(() -> seminars.enrol(id, "student1", null)).hasMessageContaining("already in this seminar");
        assertThatThrownBy(() -> seminars.enrol(id, "admin", null)).hasMessageContaining("not a student account");

        as("student1", Role.STUDENT);
        assertThatThrownBy(() -> seminars.enrol(id, "student2", null)).isInstanceOf(AccessDeniedException.class);
    }
}
