package org.warrant.maps;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything the editor shows of a map: the map, its nodes (each sibling list in order) and their citations. */
public record MapContent(ArgumentMap map, List<MapNode> nodes, List<Citation> citations, boolean editable) {

    public Map<Long, List<Citation>> citationsByNode() {
        return citations.stream().collect(Collectors.groupingBy(Citation::nodeId));
    }
}
