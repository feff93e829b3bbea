package org.warrant.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentLine;
import org.warrant.assignments.AssignmentPage;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** Demo mode has a group assignment on the Qarabagh-crisis paper, with an answer key the students can't see yet. */
@WarrantTest
class DemoAssignmentsTest {

    static final String TITLE = "Was Iran's neutrality a mistake?";

    @Autowired AssignmentService assignments;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    @Autowired DemoAssignments demo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_students_have_one_group_assignment_on_the_qarabagh_paper_and_a_restart_adds_nothing() throws Exception {
        as("instructor", Role.INSTRUCTOR);
        demo.run(null); // as a restart would
        assertThat(assignments.mine()).filteredOn(a -> a.title().equals(TITLE)).hasSize(1);
        AssignmentLine line = assignments.mine().stream().filter(a -> a.title().equals(TITLE)).findFirst().orElseThrow();
        AssignmentPage page = assignments.open(line.id());
        assertThat(page.assignment().groupWork()).isTrue();
        assertThat(page.assignment().articleIds()).containsExactly(articles.list("Qarabagh Crisis").getFirst().id());
        assertThat(page.works()).singleElement().satisfies(w -> assertThat(w.members()).hasSize(3));
        long key = page.assignment().referenceMapId();
        assertThat(maps.open(key).nodes()).isNotEmpty();

        as("student2", Role.STUDENT);
        assertThat(assignments.open(line.id()).promptHtml()).contains("<strong>Iran");
        assertThatThrownBy(() -> maps.open(key)).as("the answer key is hidden").isInstanceOf(MapNotFoundException.class);
    }
}
