package org.warrant.compare;

import java.util.List;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/** A node as the comparison sees it; {@code parent} is the index of its parent in its map's node list. */
public record ComparedNode(long id, Integer parent, NodeKind kind, Stance stance, String text, List<Passage> passages) {

    public boolean root() {
        return parent == null;
    }
}
