package org.warrant.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/**
 * Settles where each shared argument of a consensus goes and what it is, so that the consensus is always a map
 * the rules allow (claims at the top and nowhere else, no loops, no deeper than a map may be) and says, node by
 * node, how the maps' disagreements were settled. The saved map takes exactly these parents and kinds.
 */
final class ConsensusSettlement {

    /**
     * What the members of one cluster say: {@code parents} counts the clusters their parents fall in (-1 for the
     * top), {@code kinds} and {@code stances} their roles; {@code cites} whether the cluster has a passage.
     */
    record Votes(int cluster, int support, int firstSeen, Map<Integer, Integer> parents, Map<NodeKind, Integer> kinds,
                 Map<Stance, Integer> stances, boolean cites) {

        int strongestParentVote() {
            return parents.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** Where a cluster goes (-1: the top), as what, and how any disagreement about it was settled. */
    record Settled(int parent, NodeKind kind, Stance stance, List<String> notes) {
    }

    private final Map<Integer, Votes> votes;
    private final Map<Integer, Integer> parent = new HashMap<>();
    private final Map<Integer, List<String>> notes = new HashMap<>();

    private ConsensusSettlement(List<Votes> clusters) {
        votes = clusters.stream().collect(Collectors.toMap(Votes::cluster, v -> v));
        clusters.forEach(v -> {
            parent.put(v.cluster(), -1);
            notes.put(v.cluster(), new ArrayList<>());
        });
    }

    static Map<Integer, Settled> settle(List<Votes> clusters) {
        ConsensusSettlement s = new ConsensusSettlement(clusters);
        s.placeAll(clusters);
        s.keepWithinDepth(clusters);
        Map<Integer, Settled> out = new HashMap<>();
        clusters.forEach(v -> out.put(v.cluster(), s.roleOf(v)));
        return out;
    }

    /**
     * The clusters whose maps agree most on a parent are placed first; each goes under the most voted parent that
     * does not sit below it already. The parents form a forest at every step, so no loop can close.
     */
    private void placeAll(List<Votes> clusters) {
        List<Votes> order = new ArrayList<>(clusters);
        order.sort(Comparator.comparingInt(Votes::strongestParentVote).reversed()
                .thenComparing(Comparator.comparingInt(Votes::support).reversed())
                .thenComparingInt(Votes::firstSeen));
        for (Votes v : order) {
            List<Map.Entry<Integer, Integer>> candidates = new ArrayList<>(v.parents().entrySet());
            candidates.sort(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> -e.getValue())
                    .thenComparingInt(e -> e.getKey() < 0 ? 0 : -votes.get(e.getKey()).support())
                    .thenComparingInt(e -> votes.get(e.getKey()) == null ? -1 : votes.get(e.getKey()).firstSeen()));
            Map.Entry<Integer, Integer> first = candidates.getFirst();
            Map.Entry<Integer, Integer> chosen = candidates.stream().filter(e -> e.getKey() < 0 || !below(e.getKey(), v.cluster()))
                    .findFirst().orElse(Map.entry(-1, 0));
            parent.put(v.cluster(), chosen.getKey());
            if (!chosen.getKey().equals(first.getKey())) {
                notes.get(v.cluster()).add(chosen.getKey() < 0
                        ? "Place: %s put it under an argument that answers it in this consensus; it stands at the top instead."
                        .formatted(maps(first.getValue()))
                        : "Place: %s put it under an argument that answers it in this consensus; it goes where %s put it instead."
                        .formatted(maps(first.getValue()), maps(chosen.getValue())));
            } else if (chosen.getValue() < v.support()) {
                notes.get(v.cluster()).add("Place: %d of %d maps put it here, %d elsewhere.".formatted(chosen.getValue(), v.support(),
                        v.support() - chosen.getValue()));
            }
        }
    }

    /** Whether {@code candidate} is {@code cluster} or one of its descendants, walking up the forest placed so far. */
    private boolean below(int candidate, int cluster) {
        for (int at = candidate; at >= 0; at = parent.get(at)) {
            if (at == cluster) {
                return true;
            }
        }
        return false;
    }

    /** A chain of shared arguments deeper than a map may be starts again at the top (rare: real maps are shallow). */
    private void keepWithinDepth(List<Votes> clusters) {
        for (Votes v : clusters) {
            int level = 1;
            for (int at = parent.get(v.cluster()); at >= 0; at = parent.get(at)) {
                level++;
            }
            if (level > MapRules.MAX_DEPTH) {
                parent.put(v.cluster(), -1);
                notes.get(v.cluster()).add("Place: it would sit deeper than a map may nest (%d levels); it stands at the top instead."
                        .formatted(MapRules.MAX_DEPTH));
            }
        }
    }

    private Settled roleOf(Votes v) {
        List<String> said = notes.get(v.cluster());
        NodeKind most = majority(v.kinds());
        NodeKind kind;
        boolean moved = false; // the position overruled the maps' kind, which a note of its own says
        if (parent.get(v.cluster()) < 0) {
            kind = NodeKind.CLAIM;
            moved = most != NodeKind.CLAIM;
            if (moved) {
                said.add("Kind: %s in %s, but nothing shared stands above it, so it is a claim.".formatted(word(most), maps(v.kinds().get(most))));
            }
        } else {
            Map<NodeKind, Integer> replies = new HashMap<>(v.kinds());
            replies.remove(NodeKind.CLAIM);
            kind = replies.isEmpty() ? NodeKind.PREMISE : majority(replies);
            if (kind == NodeKind.EVIDENCE && !v.cites()) {
                kind = NodeKind.PREMISE;
            }
            moved = most == NodeKind.CLAIM;
            if (moved) {
                said.add("Kind: a claim in %s, but here it answers another shared argument, so it is %s."
                        .formatted(maps(v.kinds().get(NodeKind.CLAIM)), asNoun(kind)));
            }
        }
        if (v.kinds().size() > 1 && !moved) {
            said.add("Kind: " + split(v.kinds()) + "; it is " + asNoun(kind) + ".");
        }
        Stance stance = kind == NodeKind.EVIDENCE ? evidenceStance(v, said) : kind.defaultStance();
        return new Settled(parent.get(v.cluster()), kind, stance, List.copyOf(said));
    }

    private static Stance evidenceStance(Votes v, List<String> said) {
        Map<Stance, Integer> forOrAgainst = new HashMap<>(v.stances());
        forOrAgainst.remove(Stance.NONE);
        int pro = forOrAgainst.getOrDefault(Stance.PRO, 0);
        int con = forOrAgainst.getOrDefault(Stance.CON, 0);
        Stance stance = con > pro ? Stance.CON : Stance.PRO; // a tie reads as support, as new evidence does
        if (pro > 0 && con > 0) {
            said.add("Stance: for in %s, against in %s; it is %s.".formatted(maps(pro), maps(con), stance == Stance.PRO ? "for" : "against"));
        }
        return stance;
    }

    /** The most voted; ties go to the first kind or stance in declaration order, so the result never depends on hashing. */
    private static <T extends Enum<T>> T majority(Map<T, Integer> votes) {
        return votes.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<T, Integer> e) -> e.getValue()).thenComparingInt(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
    }

    private static String split(Map<NodeKind, Integer> kinds) {
        return kinds.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<NodeKind, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().ordinal()))
                .map(e -> word(e.getKey()) + " in " + maps(e.getValue())).collect(Collectors.joining(", "));
    }

    /** "a premise", "an objection", "evidence". */
    private static String asNoun(NodeKind kind) {
        return switch (kind) {
            case CLAIM -> "a claim";
            case PREMISE -> "a premise";
            case OBJECTION -> "an objection";
            case EVIDENCE -> "evidence";
        };
    }

    private static String word(NodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String maps(int n) {
        return n == 1 ? "1 map" : n + " maps";
    }
}
