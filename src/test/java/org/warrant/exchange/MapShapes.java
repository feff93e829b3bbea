package org.warrant.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.MapNode;

/**
 * A map's shape as the exchange formats keep it, to compare a map with what a format brought back: each node by id
 * with its parent, kind, stance, undercut, text, co-premises and quotes; and the order the formats write nodes in.
 */
final class MapShapes {

    private MapShapes() {
    }

    /**
     * The outline's order, but co-premises side by side at the first one's place (they are one argument), and undercuts
     * after their parent's other replies (they are written with the argument whose step they attack).
     */
    static List<String> writtenOrder(MapContent map) {
        List<String> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<MapNode> pending = new java.util.ArrayDeque<>(map.tree().roots());
        while (!pending.isEmpty()) {
            MapNode n = pending.pollFirst();
            out.add(n.ref());
            Map<Long, List<MapNode>> groups = map.groupsUnder(n.id());
            List<MapNode> replies = new java.util.ArrayList<>();
            List<MapNode> undercuts = new java.util.ArrayList<>();
            for (MapNode member : stepOf(map, n)) {
                map.tree().children(member.id()).stream().filter(r -> map.undercuts(r) && !map.undercuts(member)).forEach(undercuts::add);
            }
            for (MapNode reply : map.tree().children(n.id())) {
                List<MapNode> group = reply.reasonGroup() == null ? null : groups.get(reply.reasonGroup());
                if (map.undercuts(reply) && !map.undercuts(n)) {
                    continue;
                } else if (group == null) {
                    replies.add(reply);
                } else if (group.getFirst().equals(reply)) {
                    replies.addAll(group);
                }
            }
            replies.addAll(undercuts);
            replies.reversed().forEach(pending::addFirst);
        }
        return out;
    }

    /**
     * The premises whose step the node's undercuts attack, when the node is where they are written back: a co-premise
     * group's undercuts all attack its one inference, and come back under its first member; a lone reason's its own.
     */
    static List<MapNode> stepOf(MapContent map, MapNode n) {
        List<MapNode> group = n.reasonGroup() == null || n.parentId() == null ? null : map.groupsUnder(n.parentId()).get(n.reasonGroup());
        return group == null ? List.of(n) : group.getFirst().equals(n) ? group : List.of();
    }

    /** Each node by ref: parent's ref, kind, stance, undercut, text, fellow co-premises, quotes. */
    static Map<String, String> described(MapContent map) {
        Map<String, String> out = new TreeMap<>();
        for (MapNode n : map.tree().inTreeOrder()) {
            MapNode parent = map.parentOf(n);
            boolean undercut = map.undercuts(n) && !map.undercuts(parent); // an undercut of an undercut is an objection
            if (undercut && parent.reasonGroup() != null && map.groupsUnder(parent.parentId()).containsKey(parent.reasonGroup())) {
                parent = map.groupsUnder(parent.parentId()).get(parent.reasonGroup()).getFirst();
            }
            List<MapNode> group = n.reasonGroup() == null ? null : map.groupsUnder(n.parentId()).get(n.reasonGroup());
            out.put(n.ref(), String.join(" | ", parent == null ? "-" : parent.ref(), n.kind().name(), n.stance().name(),
                    String.valueOf(undercut), n.text().replaceAll("\\s+", " ").strip(),
                    group == null ? "" : new TreeSet<>(group.stream().map(MapNode::ref).toList()).toString(),
                    map.citationsOf(n).stream().map(c -> map.letterOf(c.articleId()) + c.startOffset() + "-" + c.endOffset() + c.quote()).toList().toString()));
        }
        return out;
    }

    static Map<String, String> described(ReadMap read) {
        Map<String, String> out = new TreeMap<>();
        for (ReadMap.Node n : read.nodes()) {
            TreeSet<String> group = new TreeSet<>();
            read.nodes().stream().filter(m -> n.group() != null && n.group().equals(m.group())).forEach(m -> group.add(m.ref()));
            out.put(n.ref(), String.join(" | ", n.parent() == null ? "-" : read.nodes().get(n.parent()).ref(), n.kind().name(),
                    n.stance().name(), String.valueOf(n.undercut()), n.text().replaceAll("\\s+", " ").strip(), group.isEmpty() ? "" : group.toString(),
                    n.cites().stream().map(c -> c.article() + c.start() + "-" + c.end() + c.quote()).toList().toString()));
        }
        return out;
    }
}
