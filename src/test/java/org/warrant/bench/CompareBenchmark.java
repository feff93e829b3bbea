package org.warrant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.warrant.compare.ComparedMap;
import org.warrant.compare.ComparedNode;
import org.warrant.compare.Comparison;
import org.warrant.compare.PairwiseComparison;
import org.warrant.compare.Submissions;
import org.warrant.compare.SubmittedMap;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * All pairs of 40 maps of 200 nodes each (issue 6: at most 2 s), plus each against an answer key, the way the
 * compare view runs it once the maps are read. The maps are what a class hands in: each student keeps most of
 * a shared pool of arguments about one 77 kB article, rewords some, cites slightly different spans, flips a few
 * stances and adds arguments of their own. Seeded; run on demand (docs/benchmarks.md); writes target/bench/compare.txt.
 */
class CompareBenchmark {

    private static final int MAPS = 40;
    private static final int NODES = 200;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;

    private final Random random = new Random(6);
    private final List<String> vocabulary = IntStream.range(0, 3000).mapToObj(i -> word()).distinct().toList();
    private final String body = IntStream.range(0, 12_000).mapToObj(i -> zipfWord()).collect(Collectors.joining(" "));
    private final int[] wordStarts = starts(body);

    /** One argument of the shared pool: where it hangs, what it says, what it cites (in words of the article). */
    private record PoolNode(int parent, NodeKind kind, String text, int fromWord, int toWord) {
    }

    @Test
    void all_pairs_of_40_maps_of_200_nodes() throws Exception {
        List<PoolNode> pool = pool(260);
        List<SubmittedMap> maps = new ArrayList<>();
        for (int m = 0; m < MAPS; m++) {
            maps.add(new SubmittedMap(student(m + 1, "Student " + (m + 1), pool), null, false, null));
        }
        Submissions submissions = new Submissions(1, "Benchmark", List.of(1L), maps, student(0, "Answer key", pool));
        List<Double> times = new ArrayList<>();
        Comparison last = null;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            last = PairwiseComparison.compare(submissions, (done, total) -> { });
            if (run >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(times);
        Comparison result = last;
        double meanAgreement = IntStream.range(0, MAPS).mapToDouble(i -> result.vsReference(i).overall()).average().orElse(0);
        List<String> report = List.of(
                "%d maps of %d nodes, %d pairs plus %d against the key; mean agreement with the key %.2f".formatted(
                        MAPS, NODES, MAPS * (MAPS - 1) / 2, MAPS, meanAgreement),
                "all pairs, warm: median %.0f ms, min %.0f ms, max %.0f ms (%d runs after %d warm-up; %d cores)".formatted(
                        times.get(times.size() / 2), times.getFirst(), times.getLast(), RUNS, WARM_UP,
                        Runtime.getRuntime().availableProcessors()));
        Files.createDirectories(Path.of("target/bench"));
        Files.write(BenchReports.file("compare.txt"), report);
        report.forEach(line -> System.out.println("BENCH " + BenchReports.database() + " " + line));
    }

    /** A tree of arguments: claims, premises and objections up to four levels, a third of them evidence. */
    private List<PoolNode> pool(int size) {
        List<PoolNode> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i < 4) {
                pool.add(new PoolNode(-1, NodeKind.CLAIM, sentence(), -1, -1));
                continue;
            }
            int parent = random.nextInt(i);
            while (pool.get(parent).kind() == NodeKind.EVIDENCE) {
                parent = random.nextInt(i);
            }
            NodeKind kind = random.nextInt(3) == 0 ? NodeKind.EVIDENCE : random.nextInt(4) == 0 ? NodeKind.OBJECTION : NodeKind.PREMISE;
            int from = random.nextInt(wordStarts.length - 40);
            pool.add(new PoolNode(parent, kind, sentence(), kind == NodeKind.EVIDENCE ? from : -1, from + 8 + random.nextInt(25)));
        }
        return pool;
    }

    /** A student's map: about 75 % of the pool (never a reply without its parent), reworded and re-cut, topped up with own nodes. */
    private ComparedMap student(long id, String label, List<PoolNode> pool) {
        List<ComparedNode> nodes = new ArrayList<>();
        int[] indexOf = new int[pool.size()];
        java.util.Arrays.fill(indexOf, -1);
        for (int i = 0; i < pool.size() && nodes.size() < NODES; i++) {
            PoolNode p = pool.get(i);
            Integer parent = p.parent() < 0 ? null : indexOf[p.parent()] < 0 ? null : indexOf[p.parent()];
            if ((p.parent() >= 0 && parent == null) || random.nextInt(4) == 0) {
                continue;
            }
            NodeKind kind = p.kind() != NodeKind.EVIDENCE && parent != null && random.nextInt(12) == 0
                    ? (p.kind() == NodeKind.PREMISE ? NodeKind.OBJECTION : NodeKind.PREMISE) : p.kind();
            String text = random.nextInt(3) == 0 ? reword(p.text()) : p.text();
            List<Passage> passages = p.fromWord() < 0 ? List.of()
                    : List.of(passage(p.fromWord() + random.nextInt(3), p.toWord() + random.nextInt(3)));
            indexOf[i] = nodes.size();
            nodes.add(node(nodes.size(), parent, kind, text, passages));
        }
        while (nodes.size() < NODES) { // arguments of the student's own
            int parent = random.nextInt(nodes.size());
            boolean evidence = nodes.get(parent).kind() != NodeKind.EVIDENCE && random.nextBoolean();
            int from = random.nextInt(wordStarts.length - 40);
            nodes.add(node(nodes.size(), nodes.get(parent).kind() == NodeKind.EVIDENCE ? nodes.get(parent).parent() : Integer.valueOf(parent),
                    evidence ? NodeKind.EVIDENCE : NodeKind.PREMISE, sentence(), evidence ? List.of(passage(from, from + 15)) : List.of()));
        }
        return new ComparedMap(id, label, inTreeOrder(nodes));
    }

    private static ComparedNode node(int index, Integer parent, NodeKind kind, String text, List<Passage> passages) {
        Stance stance = kind == NodeKind.CLAIM ? Stance.NONE : kind == NodeKind.OBJECTION ? Stance.CON : Stance.PRO;
        return new ComparedNode(index, kind == NodeKind.CLAIM ? null : parent, parent == null ? NodeKind.CLAIM : kind, stance, text, passages);
    }

    /** Parents before children, as maps come from the editor. */
    private static List<ComparedNode> inTreeOrder(List<ComparedNode> nodes) {
        List<ComparedNode> ordered = new ArrayList<>();
        int[] newIndex = new int[nodes.size()];
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).parent() == null) {
                stack.push(i);
            }
        }
        while (!stack.isEmpty()) {
            int i = stack.pop();
            ComparedNode n = nodes.get(i);
            newIndex[i] = ordered.size();
            ordered.add(new ComparedNode(n.id(), n.parent() == null ? null : newIndex[n.parent()], n.kind(), n.stance(), n.text(), n.passages()));
            for (int c = nodes.size() - 1; c > i; c--) {
                if (nodes.get(c).parent() != null && nodes.get(c).parent() == i) {
                    stack.push(c);
                }
            }
        }
        return ordered;
    }

    private Passage passage(int fromWord, int toWord) {
        int start = wordStarts[Math.min(fromWord, wordStarts.length - 2)];
        int end = wordStarts[Math.min(toWord, wordStarts.length - 1)] - 1;
        return Passage.at(1, body, start, Math.max(end, start + 1));
    }

    private String sentence() {
        return IntStream.range(0, 8 + random.nextInt(8)).mapToObj(i -> zipfWord()).collect(Collectors.joining(" "));
    }

    /** About a third of the words replaced. */
    private String reword(String text) {
        return java.util.Arrays.stream(text.split(" ")).map(w -> random.nextInt(3) == 0 ? zipfWord() : w).collect(Collectors.joining(" "));
    }

    /** Common words are common: rank r is drawn with weight 1/r, roughly. */
    private String zipfWord() {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.size() + 1.0, u)) - 1;
        return vocabulary.get(Math.min(Math.max(rank, 0), vocabulary.size() - 1));
    }

    private String word() {
        int length = 3 + random.nextInt(7);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private static int[] starts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || text.charAt(i - 1) == ' ') {
                starts.add(i);
            }
        }
        starts.add(text.length() + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
