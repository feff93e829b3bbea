package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.maps.NodeKind;

class MapStatsAndHeatTest {

    @Test
    void stats_count_kinds_depth_backing_and_unanswered_reasons() {
        MapStats s = MapStats.of(AgreementTest.original().build(1, "A"));

        assertThat(List.of(s.claims(), s.premises(), s.objections(), s.evidence())).containsExactly(1, 2, 2, 2);
        assertThat(s.depth()).isEqualTo(3);
        assertThat(s.passagesCited()).isEqualTo(3);
        assertThat(s.premisesBacked()).isEqualTo(2);
        assertThat(s.unsupportedClaims()).isZero();
        assertThat(s.unansweredObjections()).as("the objection has its rebuttal; the rebuttal answers, it is not open").isZero();
    }

    @Test
    void a_bare_claim_is_unsupported_and_an_objection_without_reply_unanswered() {
        TestMap m = new TestMap();
        int claim = m.claim("Claim");
        m.premise(m.claim("Second claim"), "A premise with no evidence");
        m.objection(claim, "Nobody answers me");

        MapStats s = MapStats.of(m.build(1, "A"));

        assertThat(s.unsupportedClaims()).isEqualTo(1);
        assertThat(s.unansweredObjections()).isEqualTo(1);
        assertThat(s.backedShare()).isZero();
    }

    @Test
    void the_heatmap_counts_the_maps_citing_each_span_and_says_how() {
        TestMap a = new TestMap();
        a.evidence(a.premise(a.claim("Claim"), "Trust was lost"), 10, 20);
        TestMap b = new TestMap();
        int claim = b.claim("Other claim");
        b.cite(claim, 15, 25);

        PassageHeat heat = PassageHeat.of(TestMap.ARTICLE, List.of(a.build(1, "Arash"), b.build(2, "Nigar")));

        assertThat(heat.spans()).extracting(PassageHeat.Span::start, PassageHeat.Span::maps).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestMap.offsetOf(10), 1),
                org.assertj.core.groups.Tuple.tuple(TestMap.offsetOf(15), 2),
                org.assertj.core.groups.Tuple.tuple(TestMap.offsetOf(20) - 1, 1)); // from the end of word 19
        PassageHeat.Use evidence = heat.spans().get(1).uses().getFirst();
        assertThat(evidence.map()).isEqualTo("Arash");
        assertThat(evidence.kind()).isEqualTo(NodeKind.EVIDENCE);
        assertThat(evidence.answers()).isEqualTo("Trust was lost");
        assertThat(heat.spans().get(1).uses().get(1).answers()).as("a claim answers nothing").isNull();
    }
}
