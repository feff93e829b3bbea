package org.warrant.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.accounts.AccountService;
import org.warrant.maps.ActivityLog;
import org.warrant.maps.MapAccess;
import org.warrant.maps.MapActivity;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.maps.OpenedMap;

/**
 * A map's history, for whoever may read the map: every change and comment, oldest first, and the map as it
 * stood after each (its nodes that existed then, placed as they are now; see decision 0013).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapHistoryService {

    private final ActivityLog log;
    private final MapAccess access;
    private final MapService maps;
    private final AccountService accounts;

    MapHistoryService(ActivityLog log, MapAccess access, MapService maps, AccountService accounts) {
        this.log = log;
        this.access = access;
        this.maps = maps;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<MapActivity> history(long mapId) {
        access.readable(mapId);
        List<MapActivity> lines = log.of(mapId);
        Map<String, String> names = accounts.displayNames(lines.stream().map(MapActivity::username).toList());
        return lines.stream().map(a -> new MapActivity(a.id(), a.at(), a.username(), names.get(a.username()), a.action(),
                a.nodeId(), a.summary())).toList();
    }

    /**
     * The nodes of the map that existed at {@code at}, each under its nearest ancestor that existed too (a
     * node whose parent came later stands at the top until the parent appears).
     */
    @Transactional(readOnly = true)
    public MapTree asOf(long mapId, Instant at) {
        OpenedMap content = maps.open(mapId);
        Map<Long, MapNode> byId = new HashMap<>();
        content.nodes().forEach(n -> byId.put(n.id(), n));
        List<MapNode> then = content.tree().inTreeOrder().stream().filter(n -> !n.createdAt().isAfter(at)).map(n -> {
            Long parent = n.parentId();
            while (parent != null && byId.get(parent).createdAt().isAfter(at)) {
                parent = byId.get(parent).parentId();
            }
            return java.util.Objects.equals(parent, n.parentId()) ? n : n.withPlace(parent, n.position(), n.updatedAt());
        }).toList();
        return MapTree.of(then);
    }
}
