package org.warrant.maps;

import java.util.List;
import java.util.Map;

/**
 * Everything the editor shows of a map: the map, its nodes and their citations, and whether this user may
 * edit it. The nodes, citations and their indexes are one immutable snapshot shared by every editor open on
 * the same version of the map (see {@link MapSnapshots}), so an open editor costs little beyond its view.
 */
public final class MapContent {

    private final ArgumentMap map;
    private final MapSnapshot snapshot;
    private final boolean editable;

    MapContent(ArgumentMap map, MapSnapshot snapshot, boolean editable) {
        this.map = map;
        this.snapshot = snapshot;
        this.editable = editable;
    }

    public ArgumentMap map() {
        return map;
    }

    public boolean editable() {
        return editable;
    }

    /** All nodes, each sibling list in order. */
    public List<MapNode> nodes() {
        return snapshot.nodes();
    }

    public List<Citation> citations() {
        return snapshot.citations();
    }

    public Map<Long, List<Citation>> citationsByNode() {
        return snapshot.citationsByNode();
    }

    public List<Citation> citationsOf(long nodeId) {
        return snapshot.citationsByNode().getOrDefault(nodeId, List.of());
    }

    public MapTree tree() {
        return snapshot.tree();
    }

    /** The node with this id, or null when the map has none. */
    public MapNode node(long nodeId) {
        return snapshot.byId().get(nodeId);
    }
}
