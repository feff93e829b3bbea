package org.warrant.exchange.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Stance;

/**
 * Makes a forest, which is what a Warrant map is, out of a graph of statements that support and attack each other
 * (an Argdown model, an AIF graph). Links are offered in order; a node keeps the first one that neither gives it a
 * second parent nor closes a loop (union-find: linear, no recursion). Then each node gets the kind its place says.
 */
public final class ForestBuilder {

    /** What a node is besides its place: a title (its ref if it is a valid one), its text, and its quotes. */
    public record Element(String title, String text, boolean evidence, List<ReadMap.Cite> cites, int line) {
    }

    private final int[] parent;
    private final int[] root;
    private final Stance[] stance;
    private final @Nullable Object[] group;
    private final boolean[] undercut;
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, Map<Object, Integer>> groupSizes = new HashMap<>();

    public ForestBuilder(int size) {
        parent = new int[size];
        root = new int[size];
        stance = new Stance[size];
        group = new Object[size];
        undercut = new boolean[size];
        for (int i = 0; i < size; i++) {
            parent[i] = -1;
            root[i] = i;
            stance[i] = Stance.NONE;
        }
    }

    /** Makes {@code child} answer {@code target}, unless it answers something already or that would close a loop. */
    public boolean attach(int child, int target, Stance how, @Nullable Object groupKey, boolean undercuts) {
        if (parent[child] >= 0 || child == target || find(child) == find(target)) {
            return false;
        }
        parent[child] = target;
        root[find(child)] = find(target);
        stance[child] = how;
        group[child] = groupKey;
        undercut[child] = undercuts;
        children.computeIfAbsent(target, k -> new ArrayList<>()).add(child);
        if (groupKey != null) {
            groupSizes.computeIfAbsent(target, k -> new IdentityHashMap<>()).merge(groupKey, 1, Integer::sum);
        }
        return true;
    }

    public int parentOf(int child) {
        return parent[child];
    }

    /** The nodes parents first (roots in element order, replies in the order they were attached). */
    public List<ReadMap.Node> nodes(List<Element> elements, List<String> dropped) {
        List<ReadMap.Node> out = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        Map<String, Integer> groupStart = new HashMap<>();
        Set<String> refs = new HashSet<>();
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (parent[i] < 0) {
                pending.push(i);
            }
        }
        while (!pending.isEmpty()) {
            int i = pending.pop();
            Element e = elements.get(i);
            Integer parentAt = parent[i] < 0 ? null : position.get(parent[i]);
            boolean grouped = group[i] != null && groupSize(parent[i], group[i]) > 1;
            Integer groupAt = null;
            if (grouped) {
                groupAt = groupStart.computeIfAbsent(parent[i] + "/" + System.identityHashCode(group[i]), k -> out.size());
            }
            boolean isUndercut = undercut[i] && parent[i] >= 0 && parent[parent[i]] >= 0;
            if (undercut[i] && !isUndercut) {
                dropped.add("“%s” undercuts a step from a claim, which has none: it is an objection instead.".formatted(e.title()));
            }
            NodeKind kind = parent[i] < 0 ? NodeKind.CLAIM : isUndercut ? NodeKind.OBJECTION
                    : e.evidence() && !grouped ? NodeKind.EVIDENCE : stance[i] == Stance.CON ? NodeKind.OBJECTION : NodeKind.PREMISE;
            Stance s = kind == NodeKind.CLAIM ? Stance.NONE : isUndercut ? Stance.CON : stance[i];
            position.put(i, out.size());
            out.add(new ReadMap.Node(refFor(e.title(), refs), e.title(), parentAt, kind, s, e.text(), groupAt, isUndercut, e.cites(), e.line()));
            List<Integer> replies = children.getOrDefault(i, List.of());
            for (int r = replies.size() - 1; r >= 0; r--) {
                pending.push(replies.get(r));
            }
        }
        return out;
    }

    private int groupSize(int target, Object key) {
        return groupSizes.getOrDefault(target, Map.of()).getOrDefault(key, 0);
    }

    private int find(int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static String refFor(String title, Set<String> used) {
        String ref = NodeRefs.isValid(title) && !used.contains(title) ? title : NodeRefs.next();
        used.add(ref);
        return ref;
    }
}
