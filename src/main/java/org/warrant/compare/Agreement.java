package org.warrant.compare;

/**
 * How far two maps agree, layer by layer, in the spirit of CASS (Duthie et al. 2016), each from 0 to 1:
 * <ul>
 * <li>{@code arguments}: the share of nodes that found a match (twice the pairs over both maps' nodes);</li>
 * <li>{@code passages}: the cited words both maps cite, over the words either cites (Jaccard);</li>
 * <li>{@code structure}: of the matched pairs, the share that answer matched parents (or are both claims);</li>
 * <li>{@code stance}: of the matched replies, the share that take the same stance (for or against).</li>
 * </ul>
 * Two empty maps agree fully; a layer with nothing to judge (no pairs, nothing cited) counts as full agreement
 * only when both maps have nothing there, so maps with nothing in common score 0.
 */
public record Agreement(double arguments, double passages, double structure, double stance) {

    public static final Agreement FULL = new Agreement(1, 1, 1, 1);

    /** The mean of the four layers. */
    public double overall() {
        return (arguments + passages + structure + stance) / 4;
    }

    static Agreement of(MapFeatures a, MapFeatures b, Matching m) {
        int nodes = a.size() + b.size();
        if (nodes == 0) {
            return FULL;
        }
        double arguments = 2.0 * m.pairs() / nodes;
        double passages = a.allCited.length + b.allCited.length == 0 ? 1 : ContentWords.overlap(a.allCited, b.allCited);
        int sameParent = 0;
        int replies = 0;
        int sameStance = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = m.rightOf(i);
            if (j < 0) {
                continue;
            }
            ComparedNode left = a.map.node(i);
            ComparedNode right = b.map.node(j);
            if (left.root() ? right.root() : !right.root() && m.rightOf(left.parent()) == right.parent()) {
                sameParent++;
            }
            if (!left.root() && !right.root()) {
                replies++;
                if (left.stance() == right.stance()) {
                    sameStance++;
                }
            }
        }
        double nothingToJudge = m.pairs() > 0 ? 1 : 0;
        double structure = m.pairs() == 0 ? 0 : (double) sameParent / m.pairs();
        double stance = replies == 0 ? nothingToJudge : (double) sameStance / replies;
        return new Agreement(arguments, passages, structure, stance);
    }
}
