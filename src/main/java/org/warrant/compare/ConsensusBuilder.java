package org.warrant.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * Groups the nodes of all maps into clusters of "the same argument" from the pairwise matchings: pairs matched
 * on passages are joined first, then those matched on wording, then on replies, stronger before weaker, and a
 * join that would put two nodes of one map in a cluster is skipped. Clusters from at least k maps become the
 * consensus; each takes the wording of its most central member, and {@link ConsensusSettlement} settles its
 * parent, kind and stance from what the members' maps say, so that the consensus is a valid map.
 */
final class ConsensusBuilder {

    private record Link(int a, int b, double weight) {
    }

    private final List<MapFeatures> maps;
    private final int[] offset;
    private final UnionFind sameArgument;
    private final BitSet[] members; // at a cluster's representative: the maps it has nodes of

    private ConsensusBuilder(List<MapFeatures> maps) {
        this.maps = maps;
        offset = new int[maps.size() + 1];
        for (int m = 0; m < maps.size(); m++) {
            offset[m + 1] = offset[m] + maps.get(m).size();
        }
        sameArgument = new UnionFind(offset[maps.size()]);
        members = new BitSet[offset[maps.size()]];
        for (int m = 0; m < maps.size(); m++) {
            for (int g = offset[m]; g < offset[m + 1]; g++) {
                members[g] = new BitSet();
                members[g].set(m);
            }
        }
    }

    /** {@code pairs[p][q]} (p &lt; q): the matching of map p (left) with map q (right). */
    static ConsensusMap build(List<MapFeatures> maps, Matching[][] pairs, int k) {
        return new ConsensusBuilder(maps).consensus(pairs, k);
    }

    private ConsensusMap consensus(Matching[][] pairs, int k) {
        List<Link> links = links(pairs);
        for (Link l : links) {
            int a = find(l.a()), b = find(l.b());
            if (a != b && !members[a].intersects(members[b])) {
                sameArgument.union(a, b);
                members[b].or(members[a]);
            }
        }
        double[] centrality = new double[members.length];
        for (Link l : links) {
            if (find(l.a()) == find(l.b())) {
                centrality[l.a()] += l.weight();
                centrality[l.b()] += l.weight();
            }
        }
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int g = 0; g < members.length; g++) {
            if (members[find(g)].cardinality() >= k) {
                clusters.computeIfAbsent(find(g), r -> new ArrayList<>()).add(g);
            }
        }
        List<ConsensusSettlement.Votes> votes = new ArrayList<>();
        clusters.forEach((root, nodes) -> votes.add(votesOf(root, nodes, clusters)));
        Map<Integer, ConsensusSettlement.Settled> settled = ConsensusSettlement.settle(votes);
        Map<Integer, Integer> parentCluster = new HashMap<>();
        settled.forEach((root, s) -> parentCluster.put(root, s.parent()));
        List<ConsensusMap.Node> out = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int root : inTreeOrder(clusters, parentCluster)) {
            int centre = centre(clusters.get(root), centrality);
            ConsensusSettlement.Settled s = settled.get(root);
            index.put(root, out.size());
            out.add(new ConsensusMap.Node(s.parent() < 0 ? null : index.get(s.parent()), s.kind(), s.stance(),
                    nodeOf(centre).text(), passagesOf(clusters.get(root), centre, centrality),
                    members[root].stream().mapToObj(m -> maps.get(m).map.label()).toList(), s.notes()));
        }
        return new ConsensusMap(k, maps.size(), out);
    }

    private int centre(List<Integer> nodes, double[] centrality) {
        return nodes.stream().max(Comparator.comparingDouble((Integer g) -> centrality[g]).thenComparing(g -> -g)).orElseThrow();
    }

    /** The centre's passages, or else those of the most central member that cites any. */
    private List<Passage> passagesOf(List<Integer> nodes, int centre, double[] centrality) {
        if (!nodeOf(centre).passages().isEmpty()) {
            return nodeOf(centre).passages();
        }
        return nodes.stream().sorted(Comparator.comparingDouble((Integer g) -> -centrality[g]))
                .map(g -> nodeOf(g).passages()).filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
    }

    /** What a cluster's members say of its place and role; a parent in no kept cluster passes its vote up. */
    private ConsensusSettlement.Votes votesOf(int root, List<Integer> nodes, Map<Integer, List<Integer>> clusters) {
        Map<Integer, Integer> parents = new HashMap<>();
        Map<NodeKind, Integer> kinds = new EnumMap<>(NodeKind.class);
        Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
        for (int g : nodes) {
            int up = parentOf(g);
            while (up >= 0 && !clusters.containsKey(find(up))) {
                up = parentOf(up);
            }
            parents.merge(up < 0 ? -1 : find(up), 1, Integer::sum);
            kinds.merge(nodeOf(g).kind(), 1, Integer::sum);
            stances.merge(nodeOf(g).stance(), 1, Integer::sum);
        }
        boolean cites = nodes.stream().anyMatch(g -> !nodeOf(g).passages().isEmpty());
        return new ConsensusSettlement.Votes(root, members[root].cardinality(), nodes.getFirst(), parents, kinds, stances, cites);
    }

    /** Parents before children; siblings by how many maps share them, then by where they first appear. */
    private List<Integer> inTreeOrder(Map<Integer, List<Integer>> clusters, Map<Integer, Integer> parentCluster) {
        Map<Integer, List<Integer>> children = new HashMap<>();
        clusters.keySet().forEach(c -> children.computeIfAbsent(parentCluster.get(c), p -> new ArrayList<>()).add(c));
        Comparator<Integer> order = Comparator.comparingInt((Integer c) -> -members[c].cardinality())
                .thenComparingInt(c -> clusters.get(c).getFirst());
        children.values().forEach(list -> list.sort(order));
        List<Integer> out = new ArrayList<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        children.getOrDefault(-1, List.of()).reversed().forEach(stack::push);
        while (!stack.isEmpty()) {
            int c = stack.pop();
            out.add(c);
            children.getOrDefault(c, List.of()).reversed().forEach(stack::push);
        }
        return out;
    }

    private List<Link> links(Matching[][] pairs) {
        List<Link> links = new ArrayList<>();
        for (int p = 0; p < maps.size(); p++) {
            for (int q = p + 1; q < maps.size(); q++) {
                Matching m = pairs[p][q];
                for (int i = 0; i < m.leftSize(); i++) {
                    int j = m.rightOf(i);
                    if (j >= 0) {
                        double strength = switch (m.basis(i)) { // passages, then wording, then replies
                            case PASSAGES -> 2;
                            case WORDING -> 1;
                            case REPLIES -> 0;
                        } + m.score(i);
                        links.add(new Link(offset[p] + i, offset[q] + j, strength));
                    }
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::weight).reversed()); // stable: ties keep map order
        return links;
    }

    private int find(int g) {
        return sameArgument.find(g);
    }

    private int mapOf(int g) {
        int m = Arrays.binarySearch(offset, g);
        if (m >= 0) {
            while (m + 1 < offset.length && offset[m + 1] == g) {
                m++; // skip empty maps
            }
            return m;
        }
        return -m - 2;
    }

    private ComparedNode nodeOf(int g) {
        int m = mapOf(g);
        return maps.get(m).map.node(g - offset[m]);
    }

    /** The global index of a node's parent, or -1 for a claim. */
    private int parentOf(int g) {
        ComparedNode n = nodeOf(g);
        return n.root() ? -1 : offset[mapOf(g)] + n.parent();
    }
}
