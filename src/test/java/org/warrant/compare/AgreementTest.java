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
    void a_map_with_every_stance_flipped_agrees_on_arguments_and_passages_but_on_no_relation_or_stance() {
        ComparedMap original = original().build(1, "A");
        ComparedMap flipped = new ComparedMap(2, "B", original.nodes().stream().map(AgreementTest::flip).toList());

        Agreement a = agreement(original, flipped);

        assertThat(a.arguments()).isEqualTo(1.0);
        assertThat(a.passages()).isEqualTo(1.0);
        assertThat(a.structure()).isEqualTo(0.0); // a relation is for or against: every one changed polarity
        assertThat(a.stance()).isEqualTo(0.0);
    }

    @Test
    void a_map_with_its_nodes_reordered_scores_as_the_original() {
        ComparedMap partial = partial().build(3, "C");

        Agreement same = agreement(original().build(1, "A"), reordered().build(2, "B"));
        assertThat(List.of(same.arguments(), same.passages(), same.structure(), same.stance(), same.overall())).containsOnly(1.0);
        assertThat(agreement(reordered().build(2, "B"), partial)).isEqualTo(agreement(original().build(1, "A"), partial));
    }

    @Test
    void a_map_that_found_half_the_arguments_scores_between() {
        Agreement a = agreement(original().build(1, "A"), partial().build(3, "C"));

        assertThat(a.arguments()).isCloseTo(2.0 * 3 / (7 + 4), within(1e-9)); // claim, trust, its evidence
        assertThat(a.passages()).isCloseTo(20.0 / 55, within(1e-9)); // words 10–29 of 10–29, 100–119, 200–214
        // relations whose reply matched: trust → claim and evidence → trust in each map; only the evidence's kept its polarity
        assertThat(a.structure()).isEqualTo(0.5);
        assertThat(a.basis().relations()).isEqualTo(4);
        assertThat(a.stance()).isEqualTo(0.5); // the trust premise came in as an objection
        assertThat(a.overall()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void two_claims_at_the_top_are_no_relation_so_structure_is_the_share_of_relations_both_maps_have() {
        TestMap a = new TestMap();
        TestMap b = new TestMap();
        String[] claims = {"Neutrality harmed Iran's standing in the Caucasus", "Sanctions left Tehran without leverage over Baku"};
        String[] premises = {"Azerbaijani opinion turned against Tehran", "Trade corridors bypassed Iranian territory",
                "European buyers ignored Iranian offers", "Russian mediation sidelined Iranian diplomats"};
        int a0 = a.claim(claims[0]), a1 = a.claim(claims[1]);
        int b0 = b.claim(claims[0]), b1 = b.claim(claims[1]);
        for (int i = 0; i < premises.length; i++) {
            a.premise(i < 2 ? a0 : a1, premises[i]);
            b.premise(i == 0 ? b0 : i < 2 ? b1 : b0, premises[i]); // only the first premise answers the same claim
        }

        Agreement one = agreement(a.build(1, "A"), b.build(2, "B"));

        assertThat(one.arguments()).isEqualTo(1.0);
        assertThat(one.structure()).isEqualTo(0.25); // 1 of 4 relations; the two claims at the top prove nothing
        assertThat(one.basis().relations()).isEqualTo(8);
    }

    @Test
    void a_layer_resting_on_fewer_than_five_judgements_counts_in_proportion_and_says_so() {
        Agreement twoReplies = new Agreement(0.5, 0.5, 0.5, 1.0, new Agreement.Basis(12, 8, 10, 2));

        assertThat(twoReplies.overall()).isCloseTo((0.5 * 3 + 1.0 * 0.4) / 3.4, within(1e-9));
        assertThat(twoReplies.summary()).isEqualTo("overall 0.56: arguments 0.50 (12 nodes), passages 0.50 (8 passages), "
                + "structure 0.50 (10 relations), stance 1.00 (2 replies, counted at 40 %)");
        assertThat(new Agreement(0.2, 0, 0.2, 0.2, new Agreement.Basis(10, 0, 6, 5)).overall())
                .as("a layer with nothing to judge takes no part").isCloseTo(0.2, within(1e-9));
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
