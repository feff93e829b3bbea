package org.warrant.maps;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.warrant.security.CurrentUser;

/**
 * Who may read and change a map. For now: the owner reads and edits; shared maps (the demo maps) are read by
 * every signed-in user. A map the user may not read does not exist for them (404, never 403).
 */
@Component
class MapAccess {

    private static final Logger log = LoggerFactory.getLogger(MapAccess.class);

    private final ArgumentMapRepository maps;

    MapAccess(ArgumentMapRepository maps) {
        this.maps = maps;
    }

    String user() {
        return CurrentUser.username().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    ArgumentMap readable(long mapId) {
        String user = user();
        Optional<ArgumentMap> map = maps.findById(mapId).filter(m -> m.deletedAt() == null);
        if (map.isEmpty() || !(map.get().owner().equals(user) || map.get().shared())) {
            if (map.isPresent()) {
                log.warn("{} was refused map {} (not theirs)", user, mapId);
            }
            throw new MapNotFoundException(mapId);
        }
        return map.get();
    }

    ArgumentMap editable(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!map.owner().equals(user())) {
            log.warn("{} was refused an edit of map {} owned by {}", user(), mapId, map.owner());
            throw new org.springframework.security.access.AccessDeniedException("Only the map's owner can change it.");
        }
        return map;
    }

    boolean canEdit(ArgumentMap map) {
        return map.owner().equals(user());
    }

    /** Maps in the bin: only their owner sees them, to restore them. */
    ArgumentMap deletedOwned(long mapId) {
        return maps.findById(mapId).filter(m -> m.deletedAt() != null && m.owner().equals(user()))
                .orElseThrow(() -> new MapNotFoundException(mapId));
    }
}
