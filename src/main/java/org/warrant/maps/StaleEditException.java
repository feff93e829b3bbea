package org.warrant.maps;

import org.jspecify.annotations.Nullable;
/** An edit based on an older version of a node than the stored one; carries the current node to show. */
public class StaleEditException extends RuntimeException {

    private final transient @Nullable MapNode current;

    public StaleEditException(@Nullable MapNode current) {
        super("Someone changed this node since you loaded it.");
        this.current = current;
    }

    /** The node as it is now, or null when it was deleted. */
    public @Nullable MapNode current() {
        return current;
    }
}
