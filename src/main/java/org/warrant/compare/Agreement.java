package org.warrant.compare;

/**
 * How far two maps agree, layer by layer, in the spirit of CASS (Duthie et al. 2016), each from 0 to 1, with
 * the count of what each layer judged:
 * <ul>
 * <li>{@code arguments}: the share of nodes that found a match (twice the pairs over both maps' nodes);</li>
 * <li>{@code passages}: the cited words both maps cite, over the words either cites (Jaccard), resting on the
 * passages both maps cite;</li>
 * <li>{@code structure}: of the relations (a reply answering its parent, for or against) whose reply found a
 * match, the share the other map has too: the matched reply answers the matched parent, with the same
 * polarity;</li>
 * <li>{@code stance}: of the matched replies, the share that take the same stance (for or against).</li>
 * </ul>
 * Two empty maps agree fully; a layer with nothing to judge (no pairs, nothing cited) counts as full agreement
 * only when both maps have nothing there, so maps with nothing in common score 0. The overall score weighs
 * each layer by what it rests on, so that two judged replies cannot decide it (see {@link #overall()}).
 */
public record Agreement(double arguments, double passages, double structure, double stance, Basis basis) {

    /** How many things each layer judged: nodes of both maps, passages both cite, relations, matched replies. */
    public record Basis(int nodes, int passages, int relations, int replies) {
    }

    /** A layer resting on fewer judgements than this counts in the overall score in proportion (2 of 5: 40 %). */
    public static final int FULL_WEIGHT_AT = 5;

    public static final Agreement FULL = new Agreement(1, 1, 1, 1, new Basis(0, 0, 0, 0));

    /**
     * The layers' mean, each weighed by min(1, judgements / {@value #FULL_WEIGHT_AT}); a layer that judged nothing
     * takes no part. When no layer judged anything (two empty maps), the plain mean.
     */
    public double overall() {
        double[] scores = {arguments, passages, structure, stance};
        double[] weights = {weight(basis.nodes()), weight(basis.passages()), weight(basis.relations()), weight(basis.replies())};
        double sum = 0;
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += weights[i] * scores[i];
            total += weights[i];
        }
        return total == 0 ? (arguments + passages + structure + stance) / 4 : sum / total;
    }

    /** How much a layer resting on this many judgements counts, from 0 to 1. */
    public static double weight(int judgements) {
        return Math.min(1.0, (double) judgements / FULL_WEIGHT_AT);
    }

    /**
     * Every score with what it rests on, as the report and the matrix show it: "overall 0.71: arguments 0.80
     * (10 nodes), …, stance 1.00 (2 replies, counted at 40 %)".
     */
    public String summary() {
        return "overall " + score(overall()) + ": " + String.join(", ", layers());
    }

    /** Each layer's score with what it rests on: "arguments 0.80 (10 nodes)", … */
    public java.util.List<String> layers() {
        return java.util.List.of("arguments " + layer(arguments, basis.nodes(), "node"),
                "passages " + layer(passages, basis.passages(), "passage"),
                "structure " + layer(structure, basis.relations(), "relation"),
                "stance " + layer(stance, basis.replies(), "reply"));
    }

    private static String layer(double score, int judgements, String noun) {
        String counted = judgements == 0 ? "nothing to judge, not counted"
                : judgements + " " + (judgements == 1 ? noun : noun.equals("reply") ? "replies" : noun + "s")
                + (judgements < FULL_WEIGHT_AT ? ", counted at " + Math.round(weight(judgements) * 100) + " %" : "");
        return score(score) + " (" + counted + ")";
    }

    private static String score(double x) {
        return String.format(java.util.Locale.ROOT, "%.2f", x);
    }

    static Agreement of(MapFeatures a, MapFeatures b, Matching m) {
        int nodes = a.size() + b.size();
        if (nodes == 0) {
            return FULL;
        }
        double arguments = 2.0 * m.pairs() / nodes;
        double passages = a.allCited.length + b.allCited.length == 0 ? 1 : ContentWords.overlap(a.allCited, b.allCited);
        int replies = 0;
        int sameStance = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = m.rightOf(i);
            if (j >= 0 && !a.map.node(i).root() && !b.map.node(j).root()) {
                replies++;
                sameStance += a.map.node(i).stance() == b.map.node(j).stance() ? 1 : 0;
            }
        }
        int leftRelations = judgedRelations(a.map, m, false);
        int rightRelations = judgedRelations(b.map, m, true);
        int shared = sharedRelations(a.map, b.map, m);
        int relations = leftRelations + rightRelations;
        double nothingToJudge = m.pairs() > 0 ? 1 : 0;
        double structure = relations == 0 ? (m.pairs() == 0 ? 0 : nothingToJudge) : 2.0 * shared / relations;
        double stance = replies == 0 ? nothingToJudge : (double) sameStance / replies;
        return new Agreement(arguments, passages, structure, stance,
                new Basis(nodes, a.map.citedPassages() + b.map.citedPassages(), relations, replies));
    }

    /** The relations of one map whose reply found a match: those the other map could have too. */
    private static int judgedRelations(ComparedMap map, Matching m, boolean right) {
        int n = 0;
        for (int i = 0; i < map.size(); i++) {
            if (!map.node(i).root() && (right ? m.leftOf(i) : m.rightOf(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Relations both maps have: the matched reply answers the matched parent, for or against alike. */
    private static int sharedRelations(ComparedMap a, ComparedMap b, Matching m) {
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = m.rightOf(i);
            ComparedNode left = a.node(i);
            if (j >= 0 && !left.root() && !b.node(j).root() && m.rightOf(left.parent()) == b.node(j).parent()
                    && left.stance() == b.node(j).stance()) {
                n++;
            }
        }
        return n;
    }
}
