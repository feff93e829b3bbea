package org.warrant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.seminars.Seminar;
import org.warrant.seminars.SeminarService;
import org.warrant.testing.WarrantTest;

/** Demo mode has a seminar: the demo instructor teaching the three demo students, together in one group. */
@WarrantTest
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class DemoSeminarTest {

    @Autowired SeminarService seminars;
    @Autowired DemoSeminar demo;

    @Test
    void the_demo_seminar_has_the_three_students_in_one_group_and_a_restart_adds_nothing() throws Exception {
        demo.run(null); // as a restart would
        var mine = seminars.mine().stream().filter(s -> s.name().equals(DemoSeminar.NAME)).toList();
        assertThat(mine).hasSize(1);
        Seminar seminar = seminars.open(mine.getFirst().id());
        assertThat(seminar.students()).extracting(Seminar.Member::username).containsExactlyElementsOf(DemoSeminar.STUDENTS);
        assertThat(seminar.groups()).hasSize(1);
        assertThat(seminar.students()).allMatch(s -> s.groupId() != null && s.groupId() == seminar.groups().getFirst().id());
    }
}
