package org.warrant.maps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.warrant.maps.store.ArgumentMapRepository;
import org.warrant.security.CurrentUser;

/**
 * Who may read, change, comment on and manage a map, for the signed-in user, by the rules of {@link MapPermissions}.
 * A map the user may not read does not exist for them (404, never 403); every refusal is logged.
 */
@Component
public class MapAccess {

    private static final Logger log = LoggerFactory.getLogger(MapAccess.class);

    private final ArgumentMapRepository maps;
    private final SeminarRoles roles;

    MapAccess(ArgumentMapRepository maps, SeminarRoles roles) {
        this.maps = maps;
        this.roles = roles;
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    MapPermissions audience(ArgumentMap map) {
        return MapPermissions.of(map, roles);
    }

    public ArgumentMap readable(long mapId) {
        return readableAudience(mapId).map();
    }

    ArgumentMap editable(long mapId) {
        MapPermissions audience = readableAudience(mapId);
        if (audience.map().readOnly() && audience.authors(user())) {
            throw refused("an edit of read-only", audience.map(), "This map is read-only: it was made from other maps. Duplicate it to change it.");
        }
        if (!audience.edits(user())) {
            throw refused("an edit of", audience.map(), "Only the map's owner" + (audience.map().groupId() == null ? "" : " and group") + " can change it.");
        }
        return audience.map();
    }

    /** Sharing, deleting: the owner's alone, and never for seminar work, which the seminar keeps. */
    ArgumentMap ownedPrivately(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!map.owner().equals(user()) || map.seminarId() != null) {
            throw refused("sharing or deleting", map, map.seminarId() != null
                    ? "This map is seminar work; the seminar keeps it." : "Only the map's owner can do that.");
        }
        return map;
    }

    /** Publishing a seminar's maps to its students, peer review: its instructors'. */
    ArgumentMap taught(long mapId) {
        MapPermissions audience = readableAudience(mapId);
        if (!audience.teaches(user())) {
            throw refused("publishing", audience.map(), "Only the seminar's instructors can publish its maps.");
        }
        return audience.map();
    }

    public ArgumentMap commentable(long mapId) {
        MapPermissions audience = readableAudience(mapId);
        if (!audience.comments(user())) {
            throw refused("commenting on", audience.map(), "You can read this map but not comment on it.");
        }
        return audience.map();
    }

    /** Resolving a comment: the map's editors and its seminar's instructors, not peer reviewers. */
    public ArgumentMap resolvable(long mapId) {
        MapPermissions audience = readableAudience(mapId);
        if (!audience.authors(user()) && !audience.teaches(user())) {
            throw refused("resolving a comment on", audience.map(), "Only the map's authors and instructors resolve comments.");
        }
        return audience.map();
    }

    /** Maps in the bin: only their owner sees them, to restore them. */
    ArgumentMap deletedOwned(long mapId) {
        return maps.findById(mapId).filter(m -> m.deletedAt() != null && m.owner().equals(user()))
                .orElseThrow(() -> new MapNotFoundException(mapId));
    }

    /** The map with who may do what to it, when the user may read it; the rules are then asked without more queries. */
    MapPermissions readableAudience(long mapId) {
        String user = user();
        ArgumentMap map = maps.findById(mapId).filter(m -> m.deletedAt() == null).orElseThrow(() -> new MapNotFoundException(mapId));
        MapPermissions audience = audience(map);
        if (!audience.reads(user)) {
            log.warn("{} was refused map {} (not theirs to read)", user, mapId);
            throw new MapNotFoundException(mapId);
        }
        return audience;
    }

    private AccessDeniedException refused(String what, ArgumentMap map, String message) {
        log.warn("{} was refused {} map {} owned by {}", user(), what, map.id(), map.owner());
        return new AccessDeniedException(message);
    }
}
