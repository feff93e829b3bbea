package org.warrant.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warrant.maps.NodeKind;

/**
 * Matches the nodes of two maps one to one. First by the passages they cite: a pair whose cited words overlap
 * by at least half (Jaccard) can match, and the pairing with the most overlap in total wins. Then the nodes
 * left over by their wording: at least two content words in common and a Dice similarity of at least 0.4;
 * among those, a pair whose passages overlap at all (below the first round's threshold) ranks by that overlap.
 * Last, claims and reasons still unmatched whose replies matched each other (premises backed by the same
 * evidence however they are worded), going up a level at a time.
 * Each round is an optimal assignment ({@link Hungarian}), not a greedy one, solved separately on each group
 * of nodes connected by possible pairs: a map's nodes mostly have few candidates, so the blocks stay small.
 */
final class NodeMatcher {

    static final double PASSAGE_OVERLAP = 0.5;
    static final double WORDING_SIMILARITY = 0.4;
    static final int WORDING_MIN_SHARED = 2;
    static final int MAX_DEPTH_ROUNDS = 6;
    private static final int[] NONE = {};

    private NodeMatcher() {
    }

    record Candidate(int left, int right, double weight) {
    }

    static Matching match(MapFeatures a, MapFeatures b) {
        Matching matching = new Matching(a.size(), b.size());
        assign(byPassages(a, b), matching, Matching.Basis.PASSAGES, a.size());
        assign(byWording(a, b, matching), matching, Matching.Basis.WORDING, a.size());
        for (int round = 0; round < MAX_DEPTH_ROUNDS; round++) { // a match of parents can make one of grandparents
            List<Candidate> byReplies = byReplies(a, b, matching);
            if (byReplies.isEmpty()) {
                break;
            }
            assign(byReplies, matching, Matching.Basis.REPLIES, a.size());
        }
        return matching;
    }

    private static List<Candidate> byPassages(MapFeatures a, MapFeatures b) {
        List<Candidate> out = new ArrayList<>();
        int[] seen = new int[b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (long position : a.cited[i]) {
                for (int j : b.byPosition.getOrDefault(position, NONE)) {
                    if (seen[j] != i + 1) {
                        seen[j] = i + 1;
                        double overlap = ContentWords.overlap(a.cited[i], b.cited[j]);
                        if (overlap >= PASSAGE_OVERLAP) {
                            // the same kind, then wording, break ties between equally good passages (a premise
                            // cites its evidence's passages too, so it ties with the evidence)
                            double tieBreak = (a.map.node(i).kind() == b.map.node(j).kind() ? 0.01 : 0)
                                    + ContentWords.similarity(a.words[i], b.words[j]) / 1000;
                            out.add(new Candidate(i, j, overlap + tieBreak));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Shared words are counted through the word index, so only pairs with a word in common cost anything. */
    private static List<Candidate> byWording(MapFeatures a, MapFeatures b, Matching matched) {
        List<Candidate> out = new ArrayList<>();
        int[] shared = new int[b.size()];
        int[] touched = new int[b.size()];
        for (int i = 0; i < a.size(); i++) {
            if (matched.rightOf(i) >= 0) {
                continue;
            }
            int count = 0;
            for (long word : a.words[i]) {
                for (int j : b.byWord.getOrDefault(word, NONE)) {
                    if (shared[j]++ == 0) {
                        touched[count++] = j;
                    }
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                double similarity = 2.0 * shared[j] / (a.words[i].length + b.words[j].length);
                if (shared[j] >= WORDING_MIN_SHARED && similarity >= WORDING_SIMILARITY && matched.leftOf(j) < 0) {
                    // Some shared passage, even under the passage round's threshold, outranks wording: of two similar
                    // wordings, the one citing more of the same words is the same argument (issue 17).
                    double overlap = ContentWords.overlap(a.cited[i], b.cited[j]);
                    out.add(new Candidate(i, j, overlap > 0 ? 1 + overlap + similarity / 10 : similarity / 10));
                }
                shared[j] = 0;
            }
        }
        return out;
    }

    /**
     * Unmatched claims and reasons answered by matched replies: two premises whose evidence matched, two claims
     * whose premises did. The more matched replies, the stronger; wording breaks ties.
     */
    private static List<Candidate> byReplies(MapFeatures a, MapFeatures b, Matching matched) {
        Map<Long, Integer> shared = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            int j = matched.rightOf(i);
            ComparedNode left = a.map.node(i);
            if (j < 0 || left.root() || b.map.node(j).root()) {
                continue;
            }
            int p = left.parent(), q = b.map.node(j).parent();
            if (matched.rightOf(p) < 0 && matched.leftOf(q) < 0
                    && a.map.node(p).kind() != NodeKind.EVIDENCE && b.map.node(q).kind() != NodeKind.EVIDENCE) {
                shared.merge(((long) p << 32) | q, 1, Integer::sum);
            }
        }
        List<Candidate> out = new ArrayList<>();
        shared.forEach((pair, replies) -> {
            int p = (int) (pair >>> 32), q = (int) (long) pair;
            out.add(new Candidate(p, q, replies + ContentWords.similarity(a.words[p], b.words[q])));
        });
        return out;
    }

    /** Solves each connected block of candidates on its own; left nodes are 0..leftSize-1, right ones follow. */
    private static void assign(List<Candidate> candidates, Matching matching, Matching.Basis basis, int leftSize) {
        if (candidates.isEmpty()) {
            return;
        }
        UnionFind blocks = new UnionFind(leftSize + matching.rightSize());
        candidates.forEach(c -> blocks.union(c.left(), leftSize + c.right()));
        Map<Integer, List<Candidate>> byBlock = new HashMap<>();
        candidates.forEach(c -> byBlock.computeIfAbsent(blocks.find(c.left()), k -> new ArrayList<>()).add(c));
        for (List<Candidate> block : byBlock.values()) {
            Map<Integer, Integer> rows = new HashMap<>();
            Map<Integer, Integer> cols = new HashMap<>();
            block.forEach(c -> {
                rows.putIfAbsent(c.left(), rows.size());
                cols.putIfAbsent(c.right(), cols.size());
            });
            double[][] weight = new double[rows.size()][cols.size()];
            block.forEach(c -> weight[rows.get(c.left())][cols.get(c.right())] = c.weight());
            int[] chosen = Hungarian.maximise(weight);
            int[] leftOfRow = new int[rows.size()];
            int[] rightOfCol = new int[cols.size()];
            rows.forEach((left, row) -> leftOfRow[row] = left);
            cols.forEach((right, col) -> rightOfCol[col] = right);
            for (int row = 0; row < chosen.length; row++) {
                if (chosen[row] >= 0 && weight[row][chosen[row]] > 0) { // a zero is no candidate: left unpaired
                    matching.pair(leftOfRow[row], rightOfCol[chosen[row]], basis, weight[row][chosen[row]]);
                }
            }
        }
    }
}
