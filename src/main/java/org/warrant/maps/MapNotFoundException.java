package org.warrant.maps;

/**
 * No such map, or not one this user may see: the two are deliberately indistinguishable, so map ids cannot
 * be probed by URL.
 */
public class MapNotFoundException extends RuntimeException {

    public MapNotFoundException(long mapId) {
        super("No map " + mapId);
    }
}
