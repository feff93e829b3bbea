package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.warrant.drafts.MapDraft;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/** The consensus is a map the rules allow, whatever the maps disagree on, and is saved exactly as it is shown. */
class ConsensusValidityTest {

    private static final String[] STATEMENTS = {
            "Neutrality cost Tehran its standing in Baku", "Trade corridors bypassed Iranian territory",
            "Clerics protested in Tabriz streets", "Russian mediation sidelined Iranian diplomats",
            "Armenian officials welcomed Iranian warnings", "Sanctions limited Tehran's military leverage",
            "Azerbaijani television mocked Iranian statements", "Border villages sheltered displaced families",
            "Turkish drones changed battlefield outcomes", "Pipelines carried Caspian gas westward",
            "Parliament debated emergency border funding", "Pilgrims avoided northern crossing points"};

    @Test
    void two_maps_that_disagree_on_which_is_the_claim_give_one_claim_with_the_other_under_it_and_say_how() {
        TestMap a = new TestMap();
        a.premise(a.claim(STATEMENTS[0]), STATEMENTS[1]);
        TestMap b = new TestMap();
        b.premise(b.claim(STATEMENTS[1]), STATEMENTS[0]);

        ConsensusMap consensus = compare(List.of(a.build(1, "A"), b.build(2, "B"))).consensus(2);

        assertValid(consensus);
        assertThat(consensus.nodes()).extracting(ConsensusMap.Node::kind).containsExactly(NodeKind.CLAIM, NodeKind.PREMISE);
        assertThat(consensus.nodes().get(1).settled()).anySatisfy(note -> assertThat(note).startsWith("Place: 1 of 2 maps put it here, 1 elsewhere"));
        assertThat(consensus.nodes().get(1).settled()).anySatisfy(note -> assertThat(note).startsWith("Kind: a claim in 1 map"));
        assertThat(consensus.draft("Consensus", null).description()).contains("Where the maps disagreed:", "Kind: a claim in 1 map");
    }

    @Test
    void a_premise_most_maps_put_above_its_own_parent_cannot_close_a_loop() {
        // A and B: X > Y > Z. C and D: Z > X (Z claim). Z's parent vote is split; X's is Z's in C and D but top in A and B.
        List<ComparedMap> maps = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            TestMap t = new TestMap();
            if (m < 2) {
                t.premise(t.premise(t.claim(STATEMENTS[0]), STATEMENTS[1]), STATEMENTS[2]);
            } else {
                t.premise(t.claim(STATEMENTS[2]), STATEMENTS[0]);
                t.objection(t.claim(STATEMENTS[1]), STATEMENTS[3]);
            }
            maps.add(t.build(m + 1, "M" + m));
        }

        for (int k = 1; k <= 4; k++) {
            assertValid(compare(maps).consensus(k));
        }
    }

    @Test
    void the_consensus_of_any_maps_is_a_valid_map_saved_exactly_as_shown() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<ComparedMap> maps = new ArrayList<>();
            int count = 2 + random.nextInt(4);
            for (int m = 0; m < count; m++) {
                maps.add(randomMap(random).build(m + 1, "Student " + m));
            }
            Comparison c = compare(maps);
            for (int k = 1; k <= count; k++) {
                assertValid(c.consensus(k));
            }
        }
    }

    /** Six to ten of the statements in a random valid shape: claims at the top, replies of every kind below. */
    private static TestMap randomMap(Random random) {
        TestMap t = new TestMap();
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        java.util.Collections.shuffle(order, random);
        int size = 6 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            String text = STATEMENTS[order.get(i)];
            if (i == 0 || random.nextInt(5) == 0) {
                t.claim(text);
            } else {
                int parent = random.nextInt(i);
                switch (random.nextInt(3)) {
                    case 0 -> t.premise(parent, text);
                    case 1 -> t.objection(parent, text);
                    default -> t.cite(t.add(parent, NodeKind.EVIDENCE, random.nextBoolean() ? Stance.PRO : Stance.CON, text),
                            order.get(i) * 20, order.get(i) * 20 + 10);
                }
            }
        }
        return t;
    }

    private static void assertValid(ConsensusMap consensus) {
        MapDraft draft = consensus.draft("Consensus", "What the maps share.");
        int[] level = new int[consensus.nodes().size()];
        for (int i = 0; i < consensus.nodes().size(); i++) {
            ConsensusMap.Node n = consensus.nodes().get(i);
            NodeKind parentKind = n.parent() == null ? null : consensus.nodes().get(n.parent()).kind();
            assertThat(n.parent() == null || n.parent() < i).as("parents come first").isTrue();
            assertThat(MapRules.placement(n.kind(), n.stance(), parentKind)).as("the rules give it its own stance").isEqualTo(n.stance());
            level[i] = n.parent() == null ? 1 : level[n.parent()] + 1;
            assertThat(level[i]).isLessThanOrEqualTo(MapRules.MAX_DEPTH);
            assertThat(n.kind() != NodeKind.EVIDENCE || !n.passages().isEmpty()).as("evidence cites").isTrue();
            MapDraft.Node saved = draft.nodes().get(i);
            assertThat(List.of(saved.kind(), saved.stance())).isEqualTo(List.of(n.kind(), n.stance()));
            assertThat(saved.parent()).isEqualTo(n.parent());
        }
        assertThat(draft.description()).hasSizeLessThanOrEqualTo(2_000);
    }

    private static Comparison compare(List<ComparedMap> maps) {
        return PairwiseComparison.compare(new Submissions(1, "Assignment", List.of(TestMap.ARTICLE),
                maps.stream().map(ConsensusTest::submitted).toList(), null), (done, total) -> { });
    }
}
