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
                         List<Article> articles, Map<Long, MapNode> nodesById) {

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
        return new MapContent(title, description, MapTree.of(nodes), placed, List.copyOf(articles), byId);
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
        Map<Long, List<MapNode>> groups = new LinkedHashMap<>();
        for (MapNode n : tree.childrenOf(parentId)) {
            if (n.reasonGroup() != null && (n.kind() == NodeKind.PREMISE || n.kind() == NodeKind.OBJECTION)) {
                groups.computeIfAbsent(n.reasonGroup(), g -> new ArrayList<>()).add(n);
            }
        }
        groups.values().removeIf(members -> members.size() < 2);
        return groups;
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
