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

    public int subtreeSize(long nodeId) {
        int size = 0;
        ArrayDeque<Long> pending = new ArrayDeque<>(List.of(nodeId));
        while (!pending.isEmpty()) {
            size++;
            children(pending.pop()).forEach(c -> pending.push(c.id()));
        }
        return size;
    }
}
