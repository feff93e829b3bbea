package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentNotFoundException;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.MarkedClass;
import org.warrant.testing.WarrantTest;

@WarrantTest(profiles = "test")
class CompareServiceTest {

    @Autowired CompareService compare;
    @Autowired AssignmentService assignments;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    MarkedClass room;

    @BeforeEach
    void classroom() {
        room = new MarkedClass(seminars, assignments, maps, edits, articles);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void instructor_compares_the_submitted_maps_with_the_answer_key() {
        as(room.instructor, Role.INSTRUCTOR);

        Comparison c = PairwiseComparison.compare(compare.load(room.assignment), (done, total) -> { });

        assertThat(c.size()).as("Cy never submitted").isEqualTo(2);
        assertThat(c.hasReference()).isTrue();
        assertThat(c.stats(0).nodes() + c.stats(1).nodes()).isEqualTo(4 + 3);
        assertThat(c.agreement(0, 1).arguments()).as("claim, premise and evidence match; Ann's objection does not")
                .isEqualTo(2.0 * 3 / 7);
        assertThat(c.agreement(0, 1).passages()).isEqualTo(1.0);
        assertThat(c.vsReference(0).arguments()).isGreaterThan(0);
    }

    @Test
    void student_cannot_compare_the_maps_of_their_own_seminar() {
        as(room.ann, Role.STUDENT);

        assertThatThrownBy(() -> compare.load(room.assignment)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructor_of_another_seminar_finds_no_such_assignment() {
        as(room.outsider, Role.INSTRUCTOR);

        assertThatThrownBy(() -> compare.load(room.assignment)).isInstanceOf(AssignmentNotFoundException.class);
    }

    @Test
    void the_consensus_is_saved_as_a_map_its_owner_reads_but_cannot_edit_until_duplicated() {
        as(room.instructor, Role.INSTRUCTOR);
        Comparison c = PairwiseComparison.compare(compare.load(room.assignment), (done, total) -> { });

        long id = compare.saveConsensus(c, 2);

        OpenedMap consensus = maps.open(id);
        assertThat(consensus.editable()).isFalse();
        assertThat(consensus.nodes()).extracting(n -> n.text()).allMatch(t -> t.endsWith("(2 of 2 maps)")).hasSize(3);
        List<ConsensusMap.Node> shown = c.consensus(2).nodes(); // what the panel and the report show
        List<org.warrant.maps.MapNode> saved = consensus.tree().inTreeOrder();
        for (int i = 0; i < shown.size(); i++) {
            assertThat(saved.get(i).kind()).isEqualTo(shown.get(i).kind());
            assertThat(saved.get(i).stance()).isEqualTo(shown.get(i).stance());
            assertThat(saved.get(i).parentId() == null ? null : saved.indexOf(consensus.node(saved.get(i).parentId())))
                    .isEqualTo(shown.get(i).parent());
        }
        assertThatThrownBy(() -> edits.add(id, null, null, NodeKind.CLAIM, Stance.NONE, "Mine now"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("read-only");
        assertThat(maps.open(maps.duplicate(id)).editable()).isTrue();
    }

    @Test
    void a_student_cannot_save_a_consensus_even_with_a_comparison_in_hand() {
        as(room.instructor, Role.INSTRUCTOR);
        Comparison c = PairwiseComparison.compare(compare.load(room.assignment), (done, total) -> { });
        as(room.ann, Role.STUDENT);

        assertThatThrownBy(() -> compare.saveConsensus(c, 2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_shared_by_k_maps_is_refused_with_what_to_do() {
        as(room.instructor, Role.INSTRUCTOR);
        Comparison c = PairwiseComparison.compare(compare.load(room.assignment), (done, total) -> { });

        assertThatThrownBy(() -> compare.saveConsensus(c, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose a smaller number");
    }
}
