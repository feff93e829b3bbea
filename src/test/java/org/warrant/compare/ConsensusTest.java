package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.drafts.MapDraft;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

class ConsensusTest {

    /** All three share the claim; Arash and Nigar the trade premise with its evidence; Sam alone an objection. */
    private static Comparison threeMaps() {
        TestMap arash = new TestMap();
        int claim = arash.claim("Neutrality harmed Iran's interests");
        int trade = arash.premise(claim, "Trade routes moved away from Iranian territory");
        arash.evidence(trade, 100, 120);
        arash.premise(claim, "Clerics protested in Tabriz");

        TestMap nigar = new TestMap();
        int claim2 = nigar.claim("Iran's neutrality harmed its interests");
        int trade2 = nigar.premise(claim2, "New trade routes moved away from Iranian territory");
        nigar.evidence(trade2, 101, 120);

        TestMap sam = new TestMap();
        int claim3 = sam.claim("Neutrality harmed Iran's national interests");
        sam.objection(claim3, "Taking sides would have meant war");

        return PairwiseComparison.compare(new Submissions(1, "Assignment", List.of(TestMap.ARTICLE), List.of(
                submitted(arash.build(1, "Arash")), submitted(nigar.build(2, "Nigar")), submitted(sam.build(3, "Sam"))), null),
                (done, total) -> { });
    }

    @Test
    void consensus_keeps_what_at_least_k_maps_share_with_its_support() {
        ConsensusMap two = threeMaps().consensus(2);

        assertThat(two.nodes()).extracting(ConsensusMap.Node::kind, ConsensusMap.Node::support, ConsensusMap.Node::parent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NodeKind.CLAIM, 3, null),
                        org.assertj.core.groups.Tuple.tuple(NodeKind.PREMISE, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(NodeKind.EVIDENCE, 2, 1));
        assertThat(two.nodes().get(1).sharedBy()).containsExactly("Arash", "Nigar");
        assertThat(threeMaps().consensus(3).nodes()).singleElement()
                .satisfies(n -> assertThat(n.sharedBy()).containsExactly("Arash", "Nigar", "Sam"));
    }

    @Test
    void a_map_takes_part_in_each_shared_argument_once() {
        ConsensusMap one = threeMaps().consensus(1);

        assertThat(one.nodes()).allSatisfy(n -> assertThat(n.sharedBy()).doesNotHaveDuplicates());
        assertThat(one.nodes()).hasSize(5); // the claim, trade and its evidence once each; clerics; the objection
    }

    @Test
    void the_consensus_becomes_a_map_draft_that_says_how_many_maps_share_each_node() {
        MapDraft draft = threeMaps().consensus(2).draft("Consensus", null);

        assertThat(draft.nodes()).extracting(MapDraft.Node::text).allSatisfy(t -> assertThat(t).matches(".* \\([23] of 3 maps\\)"));
        assertThat(draft.nodes().get(2).passages()).isNotEmpty();
        assertThat(draft.nodes().get(1).stance()).isEqualTo(Stance.PRO);
        assertThat(draft.articleIds()).containsExactly(TestMap.ARTICLE);
        assertThat(draft.title()).isEqualTo("Consensus");
    }

    @Test
    void a_consensus_title_too_long_for_a_map_is_cut_to_fit() {
        MapDraft draft = threeMaps().consensus(2).draft("Consensus (2 of 3): " + "a long assignment title ".repeat(20), null);

        assertThat(draft.title()).hasSize(MapRules.MAX_TITLE_LENGTH).startsWith("Consensus (2 of 3): a long").endsWith("…");
    }

    @Test
    void one_empty_map_compares_to_nothing_shared_without_failing() {
        Comparison c = PairwiseComparison.compare(new Submissions(1, "Assignment", List.of(TestMap.ARTICLE),
                List.of(submitted(new TestMap().build(1, "Blank"))), null), (done, total) -> { });

        assertThat(c.agreement(0, 0)).isEqualTo(Agreement.FULL);
        assertThat(c.matching(0, 0).pairs()).isZero();
        assertThat(c.consensus(1).nodes()).isEmpty();
        assertThat(c.heat(TestMap.ARTICLE).spans()).isEmpty();
        assertThat(c.stats(0).nodes()).isZero();
    }

    static SubmittedMap submitted(ComparedMap map) {
        return new SubmittedMap(map, java.time.Instant.EPOCH, false, java.time.Instant.EPOCH);
    }
}
