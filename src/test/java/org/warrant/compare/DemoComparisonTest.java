package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/** On first start the demo seminar has an assignment with three submitted maps of different quality to compare. */
@WarrantTest
class DemoComparisonTest {

    static final String TITLE = "Find the evidence: what did neutrality cost Iran?";

    @Autowired CompareService compare;
    @Autowired AssignmentService assignments;
    @Autowired ArticleService articles;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_assignment_compares_three_student_maps_of_different_quality_with_the_answer_key() {
        as("instructor", Role.INSTRUCTOR);
        long id = assignments.mine().stream().filter(a -> a.title().equals(TITLE)).findFirst().orElseThrow().id();

        Comparison c = PairwiseComparison.compare(compare.load(id), (done, total) -> { });

        assertThat(c.size()).isEqualTo(3);
        assertThat(c.hasReference()).isTrue();
        assertThat(c.map(0).map().label()).isEqualTo("Arash Tehrani");
        assertThat(c.vsReference(0).overall()).as("Arash's map is the closest to the key")
                .isGreaterThan(c.vsReference(1).overall());
        assertThat(c.vsReference(1).overall()).as("Sam's is the furthest").isGreaterThan(c.vsReference(2).overall());
        assertThat(c.stats(1).unansweredObjections()).isEqualTo(1);
        assertThat(c.stats(2).unsupportedClaims()).isEqualTo(1);
        assertThat(c.consensus(2).nodes()).isNotEmpty();
        long crisis = articles.list("Qarabagh Crisis").getFirst().id();
        assertThat(c.heat(crisis).spans()).anySatisfy(s -> assertThat(s.maps()).isEqualTo(3));
    }
}
