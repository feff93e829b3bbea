package org.warrant.maps;

import java.util.Optional;

/**
 * A map's new state, read once for all the editors open on it: each editor gets it only if its user may
 * still read the map (the rules of {@link MapPermissions}, with the roster as it is now), and editable only if they
 * may edit it.
 */
public final class MapUpdate {

    private final ArgumentMap map;
    private final MapVersion snapshot;
    private final MapPermissions audience;

    MapUpdate(ArgumentMap map, MapVersion snapshot, MapPermissions audience) {
        this.map = map;
        this.snapshot = snapshot;
        this.audience = audience;
    }

    public Optional<OpenedMap> contentFor(String username) {
        return audience.reads(username) ? Optional.of(new OpenedMap(map, snapshot, audience.edits(username))) : Optional.empty();
    }
}
