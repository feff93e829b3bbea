package org.warrant.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;

/** One map under comparison: its nodes in reading order, parents before children, under a label (who made it). */
public record ComparedMap(long mapId, String label, List<ComparedNode> nodes) {

    public static ComparedMap of(String label, OpenedMap content) {
        List<MapNode> ordered = content.tree().inTreeOrder();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).id(), i);
        }
        List<ComparedNode> nodes = ordered.stream().map(n -> new ComparedNode(n.id(),
                n.parentId() == null ? null : index.get(n.parentId()), n.kind(), n.stance(), n.text(),
                content.placedCitationsOf(n.id()).stream().map(Citation::passage).toList())).toList(); // orphaned ones aren't in the text
        return new ComparedMap(content.map().id(), label, nodes);
    }

    public int size() {
        return nodes.size();
    }

    /** How many passages its nodes cite, all told. */
    public int citedPassages() {
        return nodes.stream().mapToInt(n -> n.passages().size()).sum();
    }

    public ComparedNode node(int index) {
        return nodes.get(index);
    }
}
