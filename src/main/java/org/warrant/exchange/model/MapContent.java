package org.warrant.exchange.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapTree;
import org.warrant.maps.NodeKind;
import org.warrant.sources.Article;

/**
 * A map as every outgoing format reads it: its words, its tree, the passages each node cites (placed ones only:
 * a citation a correction orphaned has no place to point at), and its articles in the map's order, each with a
 * letter (A, B, …) as the editor's tabs have.
 */
public record MapContent(String title, @Nullable String description, MapTree tree, Map<Long, List<Citation>> citations,
                         List<Article> articles, Map<Long, MapNode> nodesById, Map<Long, Map<Long, List<MapNode>>> groups) {

    /** The key of the claims' (never grouped) place in {@link #groups}, which no node id takes. */
    private static final long TOP = Long.MIN_VALUE;

    public static MapContent of(String title, @Nullable String description, List<MapNode> nodes,
                                Map<Long, List<Citation>> citations, List<Article> articles) {
        Map<Long, List<Citation>> placed = new LinkedHashMap<>();
        citations.forEach((node, list) -> {
            List<Citation> kept = list.stream().filter(c -> !c.orphaned()).toList();
            if (!kept.isEmpty()) {
                placed.put(node, kept);
            }
        });
        Map<Long, MapNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        MapTree tree = MapTree.of(nodes);
        return new MapContent(title, description, tree, placed, List.copyOf(articles), byId, coPremises(tree));
    }

    /**
     * Every node's co-premise groups of at least two members, found once: the writers ask for a node's groups for each of
     * its replies, and a claim may have thousands.
     */
    private static Map<Long, Map<Long, List<MapNode>>> coPremises(MapTree tree) {
        Map<Long, Map<Long, List<MapNode>>> all = new HashMap<>();
        for (MapNode n : tree.inTreeOrder()) {
            if (n.reasonGroup() != null && (n.kind() == NodeKind.PREMISE || n.kind() == NodeKind.OBJECTION)) {
                all.computeIfAbsent(n.parentId() == null ? TOP : n.parentId(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(n.reasonGroup(), g -> new ArrayList<>()).add(n);
            }
        }
        all.values().forEach(groups -> groups.values().removeIf(members -> members.size() < 2));
        return all;
    }

    public List<Citation> citationsOf(MapNode node) {
        return citations.getOrDefault(node.id(), List.of());
    }

    /** "A" for the map's first article, "B" for the second, …, "AA" after "Z". */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    public String letterOf(long articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == articleId) {
                return letter(i);
            }
        }
        return "?";
    }

    /** Co-premise groups of at least two members: a lone member of a group is an ordinary reason. */
    public Map<Long, List<MapNode>> groupsUnder(@Nullable Long parentId) {
        return groups.getOrDefault(parentId == null ? TOP : parentId, Map.of());
    }

    /** Whether the node is an undercut that has a step to attack (a reply under a reply). */
    public boolean undercuts(MapNode node) {
        MapNode parent = parentOf(node);
        return node.undercut() && parent != null && parent.parentId() != null;
    }

    public @Nullable MapNode parentOf(MapNode node) {
        return node.parentId() == null ? null : nodesById.get(node.parentId());
    }
}
