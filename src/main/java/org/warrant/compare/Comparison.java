package org.warrant.compare;

import java.util.List;

/**
 * The computed comparison of an assignment's submitted maps: each map's figures, the agreement of every pair
 * and with the answer key, and the node matchings behind them, from which the side-by-side view, the passage
 * heatmap and the consensus map are read. Maps are numbered as in {@link Submissions#maps()}.
 */
public final class Comparison {

    private final Submissions submissions;
    private final List<MapFeatures> features;
    private final MapFeatures reference;
    private final Matching[][] pairs;
    private final Agreement[][] agreement;
    private final Matching[] withReference;
    private final Agreement[] vsReference;
    private final List<MapStats> stats;

    Comparison(Submissions submissions, List<MapFeatures> features, MapFeatures reference, Matching[][] pairs,
               Agreement[][] agreement, Matching[] withReference, Agreement[] vsReference) {
        this.submissions = submissions;
        this.features = features;
        this.reference = reference;
        this.pairs = pairs;
        this.agreement = agreement;
        this.withReference = withReference;
        this.vsReference = vsReference;
        this.stats = features.stream().map(f -> MapStats.of(f.map)).toList();
    }

    public Submissions submissions() {
        return submissions;
    }

    public int size() {
        return features.size();
    }

    public SubmittedMap map(int i) {
        return submissions.maps().get(i);
    }

    public MapStats stats(int i) {
        return stats.get(i);
    }

    public boolean hasReference() {
        return reference != null;
    }

    public Agreement agreement(int p, int q) {
        return agreement[p][q];
    }

    /** Map i against the answer key; null without one. */
    public Agreement vsReference(int i) {
        return reference == null ? null : vsReference[i];
    }

    /** The matching with map p on the left and map q on the right; q = -1 is the answer key. */
    public Matching matching(int p, int q) {
        if (q < 0) {
            return withReference[p];
        }
        if (p == q) {
            return NodeMatcher.match(features.get(p), features.get(q));
        }
        return p < q ? pairs[p][q] : pairs[q][p].flipped();
    }

    /** The map with this number; -1 is the answer key. */
    public ComparedMap compared(int i) {
        return i < 0 ? reference.map : features.get(i).map;
    }

    public PassageHeat heat(long articleId) {
        return PassageHeat.of(articleId, features.stream().map(f -> f.map).toList());
    }

    /** What at least k of the submitted maps share (the answer key takes no part). */
    public ConsensusMap consensus(int k) {
        return ConsensusBuilder.build(features, pairs, Math.max(1, k));
    }
}
