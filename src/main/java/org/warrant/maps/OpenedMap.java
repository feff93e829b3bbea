package org.warrant.maps;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.store.MapVersionCache;

/**
 * Everything the editor shows of a map: the map, its nodes and their citations, and whether this user may
 * edit it. The nodes, citations and their indexes are one immutable snapshot shared by every editor open on
 * the same version of the map (see {@link MapVersionCache}), so an open editor costs little beyond its view.
 */
public final class OpenedMap {

    private final ArgumentMap map;
    private final MapVersion snapshot;
    private final boolean editable;

    OpenedMap(ArgumentMap map, MapVersion snapshot, boolean editable) {
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

    /** The node's citations that have a place in their article's text: all but those a correction orphaned. */
    public List<Citation> placedCitationsOf(long nodeId) {
        return citationsOf(nodeId).stream().filter(c -> !c.orphaned()).toList();
    }

    public MapTree tree() {
        return snapshot.tree();
    }

    /** The node with this id, or null when the map has none. */
    public @Nullable MapNode node(long nodeId) {
        return snapshot.byId().get(nodeId);
    }
}
