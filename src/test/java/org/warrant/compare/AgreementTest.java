package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

class AgreementTest {

    /** A claim, two premises with evidence, an objection with a rebuttal: the shape of a student's map. */
    static TestMap original() {
        TestMap m = new TestMap();
        int claim = m.claim("Neutrality in the war harmed Iran's interests");
        int trust = m.premise(claim, "Neutrality cost Iran the trust of Azerbaijani public opinion");
        m.evidence(trust, 10, 30);
        int trade = m.premise(claim, "Trade routes through the region moved away from Iranian territory");
        m.evidence(trade, 100, 120);
        int objection = m.objection(claim, "Taking sides would have drawn Iran into a costly regional war");
        m.cite(objection, 200, 215);
        m.objection(objection, "Mediation without leverage brought neither peace nor influence");
        return m;
    }

    /** The same map with its siblings in another order. */
    static TestMap reordered() {
        TestMap m = new TestMap();
        int claim = m.claim("Neutrality in the war harmed Iran's interests");
        int objection = m.objection(claim, "Taking sides would have drawn Iran into a costly regional war");
        m.cite(objection, 200, 215);
        m.objection(objection, "Mediation without leverage brought neither peace nor influence");
        int trade = m.premise(claim, "Trade routes through the region moved away from Iranian territory");
        m.evidence(trade, 100, 120);
        int trust = m.premise(claim, "Neutrality cost Iran the trust of Azerbaijani public opinion");
        m.evidence(trust, 10, 30);
        return m;
    }

    @Test
    void identical_maps_agree_fully_on_every_layer() {
        Agreement a = agreement(original().build(1, "A"), original().build(2, "B"));

        assertThat(List.of(a.arguments(), a.passages(), a.structure(), a.stance())).containsOnly(1.0);
    }

    @Test
    void maps_with_nothing_in_common_score_zero_on_every_layer() {
        TestMap other = new TestMap();
        int claim = other.claim("Azerbaijan's oil wealth bought Western support");
        int p = other.premise(claim, "Pipelines bypassing Russia made Baku valuable to Europe");
        other.evidence(p, 500, 520);
        other.objection(claim, "Energy exports alone explain little of the ceasefire terms");

        Agreement a = agreement(original().build(1, "A"), other.build(2, "B"));

        assertThat(List.of(a.arguments(), a.passages(), a.structure(), a.stance())).containsOnly(0.0);
    }

    @Test
    void a_map_with_every_stance_flipped_differs_only_in_stance() {
        ComparedMap original = original().build(1, "A");
        ComparedMap flipped = new ComparedMap(2, "B", original.nodes().stream().map(AgreementTest::flip).toList());

        Agreement a = agreement(original, flipped);

        assertThat(a.arguments()).isEqualTo(1.0);
        assertThat(a.passages()).isEqualTo(1.0);
        assertThat(a.structure()).isEqualTo(1.0);
        assertThat(a.stance()).isEqualTo(0.0);
    }

    @Test
    void a_map_with_its_nodes_reordered_scores_as_the_original() {
        ComparedMap partial = partial().build(3, "C");

        assertThat(agreement(original().build(1, "A"), reordered().build(2, "B"))).isEqualTo(Agreement.FULL);
        assertThat(agreement(reordered().build(2, "B"), partial)).isEqualTo(agreement(original().build(1, "A"), partial));
    }

    @Test
    void a_map_that_found_half_the_arguments_scores_between() {
        Agreement a = agreement(original().build(1, "A"), partial().build(3, "C"));

        assertThat(a.arguments()).isCloseTo(2.0 * 3 / (7 + 4), within(1e-9)); // claim, trust, its evidence
        assertThat(a.passages()).isCloseTo(20.0 / 55, within(1e-9)); // words 10–29 of 10–29, 100–119, 200–214
        assertThat(a.structure()).isEqualTo(1.0);
        assertThat(a.stance()).isEqualTo(0.5); // the trust premise came in as an objection
        assertThat(a.overall()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void two_empty_maps_agree() {
        assertThat(agreement(new TestMap().build(1, "A"), new TestMap().build(2, "B"))).isEqualTo(Agreement.FULL);
    }

    /** The claim, the trust argument with its evidence but as an objection, and one reason of its own. */
    private static TestMap partial() {
        TestMap m = new TestMap();
        int claim = m.claim("Neutrality in the war harmed Iran's interests");
        int trust = m.add(claim, NodeKind.OBJECTION, Stance.CON, "Iran lost the trust of Azerbaijani public opinion");
        m.evidence(trust, 10, 30);
        m.premise(claim, "Clerics in Tabriz protested the government line");
        return m;
    }

    private static ComparedNode flip(ComparedNode n) {
        NodeKind kind = switch (n.kind()) {
            case PREMISE -> NodeKind.OBJECTION;
            case OBJECTION -> NodeKind.PREMISE;
            default -> n.kind();
        };
        Stance stance = switch (n.stance()) {
            case PRO -> Stance.CON;
            case CON -> Stance.PRO;
            case NONE -> Stance.NONE;
        };
        return new ComparedNode(n.id(), n.parent(), kind, stance, n.text(), n.passages());
    }

    static Agreement agreement(ComparedMap a, ComparedMap b) {
        ContentWords words = new ContentWords();
        MapFeatures left = new MapFeatures(a, words);
        MapFeatures right = new MapFeatures(b, words);
        return Agreement.of(left, right, NodeMatcher.match(left, right));
    }
}
