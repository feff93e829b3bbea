package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NodeMatcherTest {

    @Test
    void matching_on_passages_is_optimal_where_greedy_would_not_be() {
        // overlaps: L1–R1 0.8, L1–R2 0.6, L2–R1 0.75, L2–R2 0.5. Greedy takes L1–R1 then L2–R2 (1.3);
        // the best pairing is L1–R2 and L2–R1 (1.35).
        TestMap left = new TestMap();
        int l1 = left.evidence(left.claim("Left claim"), 0, 10);
        int l2 = left.evidence(0, 0, 6);
        TestMap right = new TestMap();
        int r1 = right.evidence(right.claim("Right heading"), 0, 8);
        int r2 = right.evidence(0, 2, 8);

        Matching m = match(left.build(1, "L"), right.build(2, "R"));

        assertThat(m.rightOf(l1)).isEqualTo(r2);
        assertThat(m.rightOf(l2)).isEqualTo(r1);
        assertThat(m.basis(l1)).isEqualTo(Matching.Basis.PASSAGES);
    }

    @Test
    void passages_overlapping_less_than_half_do_not_match() {
        TestMap left = new TestMap();
        int l = left.evidence(left.claim("A"), 0, 10);
        TestMap right = new TestMap();
        right.evidence(right.claim("B"), 6, 16); // 4 shared of 16

        assertThat(match(left.build(1, "L"), right.build(2, "R")).rightOf(l)).isEqualTo(-1);
    }

    @Test
    void nodes_without_shared_passages_match_on_wording() {
        TestMap left = new TestMap();
        int trust = left.premise(left.claim("Neutrality harmed Iran"), "Neutrality cost Iran the trust of Azerbaijan's public");
        int weak = left.premise(0, "Iran is weak");
        TestMap right = new TestMap();
        right.premise(right.claim("Iran's neutral stance hurt it"), "Iran is strong");
        int lost = right.premise(0, "By staying neutral Iran lost the trust of the Azerbaijani public");

        Matching m = match(left.build(1, "L"), right.build(2, "R"));

        assertThat(m.rightOf(trust)).isEqualTo(lost);
        assertThat(m.basis(trust)).isEqualTo(Matching.Basis.WORDING);
        assertThat(m.rightOf(weak)).as("one shared word is not enough").isEqualTo(-1);
    }

    @Test
    void below_the_passage_threshold_the_wording_candidate_sharing_more_passage_wins() {
        // Both right premises are worded like the left one; neither passage reaches half, but one shares more of it.
        TestMap left = new TestMap();
        int l = left.premise(left.claim("Claim"), "Iran lost the trust of Azerbaijan's public");
        left.cite(l, 0, 20);
        TestMap right = new TestMap();
        int small = right.premise(right.claim("Claim"), "Iran lost the trust of Azerbaijan's public");
        right.cite(small, 16, 40); // 4 of 40 words shared
        int large = right.premise(0, "Iran lost the public trust of Azerbaijan");
        right.cite(large, 12, 40); // 8 of 40 shared

        Matching m = match(left.build(1, "L"), right.build(2, "R"));

        assertThat(m.rightOf(l)).isEqualTo(large);
        assertThat(m.basis(l)).isEqualTo(Matching.Basis.WORDING);
    }

    @Test
    void shared_passages_win_over_the_same_wording() {
        TestMap left = new TestMap();
        int cited = left.premise(left.claim("Claim"), "Iran lost Azerbaijani public trust");
        left.cite(cited, 40, 60);
        TestMap right = new TestMap();
        right.premise(right.claim("Claim"), "Iran lost Azerbaijani public trust");
        int samePassage = right.premise(0, "Baku's citizens turned against Tehran");
        right.cite(samePassage, 40, 60);

        assertThat(match(left.build(1, "L"), right.build(2, "R")).rightOf(cited)).isEqualTo(samePassage);
    }

    @Test
    void reasons_worded_apart_match_through_their_evidence_and_their_claims_through_them() {
        TestMap left = new TestMap();
        int claim = left.claim("Neutrality harmed Iran");
        int premise = left.premise(claim, "Baku stopped believing Tehran");
        left.evidence(premise, 300, 320);
        TestMap right = new TestMap();
        int otherClaim = right.claim("The war went badly for the Islamic Republic");
        int otherPremise = right.premise(otherClaim, "Azerbaijani opinion turned against its southern neighbour");
        right.evidence(otherPremise, 301, 320);

        Matching m = match(left.build(1, "L"), right.build(2, "R"));

        assertThat(m.rightOf(premise)).isEqualTo(otherPremise);
        assertThat(m.basis(premise)).as("a reason cites what its evidence cites").isEqualTo(Matching.Basis.PASSAGES);
        assertThat(m.rightOf(claim)).isEqualTo(otherClaim);
        assertThat(m.basis(claim)).as("nothing in common but the matched premise").isEqualTo(Matching.Basis.REPLIES);
    }

    @Test
    void hungarian_finds_the_best_pairing_of_small_random_matrices() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(6), cols = 1 + random.nextInt(6);
            double[][] w = new double[rows][cols];
            for (double[] row : w) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                }
            }
            int[] chosen = Hungarian.maximise(w);
            double total = 0;
            boolean[] used = new boolean[cols];
            for (int r = 0; r < rows; r++) {
                if (chosen[r] >= 0) {
                    assertThat(used[chosen[r]]).as("column used twice").isFalse();
                    used[chosen[r]] = true;
                    total += w[r][chosen[r]];
                }
            }
            assertThat(total).as("round " + round).isCloseTo(bestByBruteForce(w, 0, new boolean[cols]),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static double bestByBruteForce(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = bestByBruteForce(w, row + 1, used); // this row unpaired
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.max(best, w[row][c] + bestByBruteForce(w, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }

    static Matching match(ComparedMap a, ComparedMap b) {
        ContentWords words = new ContentWords();
        return NodeMatcher.match(new MapFeatures(a, words), new MapFeatures(b, words));
    }
}
