package org.warrant.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Compares every pair of submitted maps, and each with the answer key, on all cores, reporting progress as pairs
 * finish. Pure computation on what {@link CompareService#load} read; views reach it through {@link
 * CompareService#compare}, tests and benchmarks directly.
 */
public final class PairwiseComparison {

    /** Called from the computing threads as pairs finish. */
    @FunctionalInterface
    public interface Progress {
        void pairsDone(int done, int total);
    }

    private PairwiseComparison() {
    }

    public static Comparison compare(Submissions submissions, Progress progress) {
        ContentWords words = new ContentWords();
        List<MapFeatures> features = new ArrayList<>();
        submissions.maps().forEach(s -> features.add(new MapFeatures(s.map(), words)));
        MapFeatures reference = submissions.reference() == null ? null : new MapFeatures(submissions.reference(), words);
        int n = features.size();
        Matching[][] pairs = new Matching[n][n];
        Agreement[][] agreement = new Agreement[n][n];
        Matching[] withReference = new Matching[n];
        Agreement[] vsReference = new Agreement[n];
        int total = n * (n - 1) / 2 + (reference == null ? 0 : n);
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(p -> {
            agreement[p][p] = Agreement.FULL;
            for (int q = p + 1; q < n; q++) {
                pairs[p][q] = NodeMatcher.match(features.get(p), features.get(q));
                agreement[p][q] = Agreement.of(features.get(p), features.get(q), pairs[p][q]);
                agreement[q][p] = agreement[p][q];
                progress.pairsDone(done.incrementAndGet(), total);
            }
            if (reference != null) {
                withReference[p] = NodeMatcher.match(features.get(p), reference);
                vsReference[p] = Agreement.of(features.get(p), reference, withReference[p]);
                progress.pairsDone(done.incrementAndGet(), total);
            }
        });
        return new Comparison(submissions, features, reference, pairs, agreement, withReference, vsReference);
    }
}
