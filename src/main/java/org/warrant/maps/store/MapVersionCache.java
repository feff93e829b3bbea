package org.warrant.maps.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;
import org.warrant.maps.MapVersion;

/**
 * The latest snapshot of recently opened maps, shared by everyone who opens them. An entry is used only while
 * the map's content version is unchanged; every edit bumps that version, so the next open loads afresh.
 * Bounded by the total number of nodes held, least recently used first out.
 */
@Component
public class MapVersionCache {

    static final int MAX_NODES_HELD = 200_000;

    private final Map<Long, MapVersion> byMap = new LinkedHashMap<>(16, 0.75f, true);
    private int nodesHeld;

    /** The snapshot of this version of the map, loaded with {@code load} when not held already. */
    public MapVersion get(long mapId, long contentVersion, LongFunction<MapVersion> load) {
        synchronized (this) {
            MapVersion held = byMap.get(mapId);
            if (held != null && held.contentVersion() == contentVersion) {
                return held;
            }
        }
        MapVersion loaded = load.apply(mapId); // outside the lock: a slow load must not hold up other maps
        synchronized (this) {
            MapVersion previous = byMap.put(mapId, loaded);
            nodesHeld += loaded.size() - (previous == null ? 0 : previous.size());
            evict();
        }
        return loaded;
    }

    private void evict() {
        Iterator<MapVersion> oldestFirst = byMap.values().iterator();
        while (nodesHeld > MAX_NODES_HELD && byMap.size() > 1) {
            nodesHeld -= oldestFirst.next().size();
            oldestFirst.remove();
        }
    }
}
