package org.warrant.maps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.warrant.security.CurrentUser;

/**
 * Who may read and change a map.
 * <ul>
 * <li>Its owner, and for a group's map every member of the group, read and edit it.</li>
 * <li>The instructors of its seminar read it and comment; the seminar's students read it once it is published,
 * and comment on it while the instructor has peer review on.</li>
 * <li>Shared maps (the demo maps) are read by every signed-in user.</li>
 * </ul>
 * A map the user may not read does not exist for them (404, never 403); every refusal is logged.
 */
@Component
class MapAccess {

    private static final Logger log = LoggerFactory.getLogger(MapAccess.class);

    private final ArgumentMapRepository maps;
    private final SeminarRoles roles;

    MapAccess(ArgumentMapRepository maps, SeminarRoles roles) {
        this.maps = maps;
        this.roles = roles;
    }

    String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    ArgumentMap readable(long mapId) {
        String user = user();
        ArgumentMap map = maps.findById(mapId).filter(m -> m.deletedAt() == null).orElseThrow(() -> new MapNotFoundException(mapId));
        if (!reads(map, user)) {
            log.warn("{} was refused map {} (not theirs to read)", user, mapId);
            throw new MapNotFoundException(mapId);
        }
        return map;
    }

    ArgumentMap editable(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!edits(map, user())) {
            log.warn("{} was refused an edit of map {} owned by {}", user(), mapId, map.owner());
            throw new AccessDeniedException("Only the map's owner" + (map.groupId() == null ? "" : " and group") + " can change it.");
        }
        return map;
    }

    /** Sharing, deleting: the owner's alone, and never for seminar work, which the seminar keeps. */
    ArgumentMap ownedPrivately(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!map.owner().equals(user()) || map.seminarId() != null) {
            log.warn("{} was refused sharing or deleting map {} owned by {}", user(), mapId, map.owner());
            throw new AccessDeniedException(map.seminarId() != null
                    ? "This map is seminar work; the seminar keeps it." : "Only the map's owner can do that.");
        }
        return map;
    }

    /** Publishing a seminar's maps to its students: its instructors'. */
    ArgumentMap taught(long mapId) {
        ArgumentMap map = readable(mapId);
        if (map.seminarId() == null || !roles.teaches(user(), map.seminarId())) {
            log.warn("{} was refused publishing map {} (not its seminar's instructor)", user(), mapId);
            throw new AccessDeniedException("Only the seminar's instructors can publish its maps.");
        }
        return map;
    }

    /** Commenting: the map's editors, its seminar's instructors, and its seminar's students during peer review. */
    ArgumentMap commentable(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!comments(map, user())) {
            log.warn("{} was refused commenting on map {}", user(), mapId);
            throw new AccessDeniedException("You can read this map but not comment on it.");
        }
        return map;
    }

    /** Resolving a comment: the map's editors and its seminar's instructors, not peer reviewers. */
    ArgumentMap resolvable(long mapId) {
        ArgumentMap map = readable(mapId);
        if (!edits(map, user()) && !teaches(map, user())) {
            log.warn("{} was refused resolving a comment on map {}", user(), mapId);
            throw new AccessDeniedException("Only the map's authors and instructors resolve comments.");
        }
        return map;
    }

    boolean canComment(ArgumentMap map) {
        return comments(map, user());
    }

    boolean canEdit(ArgumentMap map) {
        return edits(map, user());
    }

    /** Maps in the bin: only their owner sees them, to restore them. */
    ArgumentMap deletedOwned(long mapId) {
        return maps.findById(mapId).filter(m -> m.deletedAt() != null && m.owner().equals(user()))
                .orElseThrow(() -> new MapNotFoundException(mapId));
    }

    private boolean edits(ArgumentMap map, String user) {
        return map.owner().equals(user) || (map.groupId() != null && roles.inGroup(user, map.groupId()));
    }

    private boolean teaches(ArgumentMap map, String user) {
        return map.seminarId() != null && roles.teaches(user, map.seminarId());
    }

    private boolean comments(ArgumentMap map, String user) {
        return edits(map, user) || teaches(map, user)
                || (map.seminarId() != null && map.published() && map.peerReview() && roles.studiesIn(user, map.seminarId()));
    }

    private boolean reads(ArgumentMap map, String user) {
        if (map.shared() || edits(map, user)) {
            return true;
        }
        Long seminar = map.seminarId();
        return seminar != null && (roles.teaches(user, seminar) || (map.published() && roles.studiesIn(user, seminar)));
    }
}
