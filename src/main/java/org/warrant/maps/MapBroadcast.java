package org.warrant.maps;

import java.util.Optional;

/**
 * A map's new state, read once for all the editors open on it: each editor gets it only if its user may
 * still read the map (the rules of {@link Audience}, with the roster as it is now), and editable only if they
 * may edit it.
 */
public final class MapBroadcast {

    private final ArgumentMap map;
    private final MapSnapshot snapshot;
    private final Audience audience;

    MapBroadcast(ArgumentMap map, MapSnapshot snapshot, Audience audience) {
        this.map = map;
        this.snapshot = snapshot;
        this.audience = audience;
    }

    public Optional<MapContent> contentFor(String username) {
        return audience.reads(username) ? Optional.of(new MapContent(map, snapshot, audience.edits(username))) : Optional.empty();
    }
}
