package org.warrant.maps;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One version of a map's nodes and citations with the indexes the editor needs, built once and never changed. */
public record MapVersion(long contentVersion, List<MapNode> nodes, List<Citation> citations, MapTree tree,
                   Map<Long, MapNode> byId, Map<Long, List<Citation>> citationsByNode) {

    public static MapVersion of(long contentVersion, List<MapNode> nodes, List<Citation> citations) {
        return new MapVersion(contentVersion, List.copyOf(nodes), List.copyOf(citations), MapTree.of(nodes),
                nodes.stream().collect(Collectors.toUnmodifiableMap(MapNode::id, Function.identity())),
                citations.stream().collect(Collectors.groupingBy(Citation::nodeId, Collectors.toUnmodifiableList())));
    }

    public int size() {
        return nodes.size();
    }
}
