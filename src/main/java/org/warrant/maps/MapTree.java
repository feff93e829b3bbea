package org.warrant.maps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A map's nodes as a forest: children by parent, in sibling order. */
public final class MapTree {

    private static final Comparator<MapNode> SIBLING_ORDER = Comparator.comparingInt(MapNode::position).thenComparing(MapNode::id);

    private final List<MapNode> roots;
    private final Map<Long, List<MapNode>> children = new HashMap<>();

    private MapTree(List<MapNode> nodes) {
        List<MapNode> top = new ArrayList<>();
        for (MapNode n : nodes) {
            if (n.parentId() == null) {
                top.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        top.sort(SIBLING_ORDER);
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        this.roots = List.copyOf(top);
    }

    public static MapTree of(List<MapNode> nodes) {
        return new MapTree(nodes);
    }

    public List<MapNode> roots() {
        return roots;
    }

    public List<MapNode> children(long nodeId) {
        return children.getOrDefault(nodeId, List.of());
    }

    /** The children of parentId, or the roots when it is null: the siblings a node has under that parent. */
    public List<MapNode> childrenOf(Long parentId) {
        return parentId == null ? roots : children(parentId);
    }

    /** Depth-first, parents before children, siblings in order: the outline's reading order. */
    public List<MapNode> inTreeOrder() {
        List<MapNode> ordered = new ArrayList<>();
        ArrayDeque<MapNode> stack = new ArrayDeque<>();
        roots.reversed().forEach(stack::push);
        while (!stack.isEmpty()) {
            MapNode n = stack.pop();
            ordered.add(n);
            children(n.id()).reversed().forEach(stack::push);
        }
        return ordered;
    }

    /** The node and all its replies, parents before children. */
    public List<MapNode> subtree(MapNode node) {
        List<MapNode> out = new ArrayList<>();
        ArrayDeque<MapNode> pending = new ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            MapNode n = pending.pop();
            out.add(n);
            children(n.id()).forEach(pending::push);
        }
        return out;
    }
}
