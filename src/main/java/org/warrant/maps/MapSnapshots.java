package org.warrant.maps;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;

/**
 * The latest snapshot of recently opened maps, shared by everyone who opens them. An entry is used only while
 * the map's content version is unchanged; every edit bumps that version, so the next open loads afresh.
 * Bounded by the total number of nodes held, least recently used first out.
 */
@Component
class MapSnapshots {

    static final int MAX_NODES_HELD = 200_000;

    private final Map<Long, MapSnapshot> byMap = new LinkedHashMap<>(16, 0.75f, true);
    private int nodesHeld;

    /** The snapshot of this version of the map, loaded with {@code load} when not held already. */
    MapSnapshot get(long mapId, long contentVersion, LongFunction<MapSnapshot> load) {
        synchronized (this) {
            MapSnapshot held = byMap.get(mapId);
            if (held != null && held.contentVersion() == contentVersion) {
                return held;
            }
        }
        MapSnapshot loaded = load.apply(mapId); // outside the lock: a slow load must not hold up other maps
        synchronized (this) {
            MapSnapshot previous = byMap.put(mapId, loaded);
            nodesHeld += loaded.size() - (previous == null ? 0 : previous.size());
            evict();
        }
        return loaded;
    }

    private void evict() {
        Iterator<MapSnapshot> oldestFirst = byMap.values().iterator();
        while (nodesHeld > MAX_NODES_HELD && byMap.size() > 1) {
            nodesHeld -= oldestFirst.next().size();
            oldestFirst.remove();
        }
    }
}
