package org.warrant.maps;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One node of a map. {@code version} is its optimistic lock: an edit names the version it was based on and
 * is refused when someone changed the node since. {@code ref} is its id in exported outlines (see
 * {@link NodeRefs}), stable across export and re-import, unlike the database id.
 */
@Table("map_node")
public record MapNode(
        @Id @Nullable Long id,
        String ref,
        long mapId,
        @Nullable Long parentId,
        int position,
        NodeKind kind,
        Stance stance,
        String text,
        @Nullable Long reasonGroup,
        boolean undercut,
        String author,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Integer version) {


    MapNode withText(String newText, Instant now) {
        return new MapNode(id, ref, mapId, parentId, position, kind, stance, newText, reasonGroup, undercut, author, createdAt, now, version);
    }

    MapNode withKind(NodeKind newKind, Stance newStance, Instant now) {
        return new MapNode(id, ref, mapId, parentId, position, newKind, newStance, text,
                newKind == NodeKind.PREMISE || newKind == NodeKind.OBJECTION ? reasonGroup : null,
                newKind == NodeKind.OBJECTION && undercut, author, createdAt, now, version);
    }

    public MapNode withPlace(Long newParentId, int newPosition, Instant now) {
        return new MapNode(id, ref, mapId, newParentId, newPosition, kind, stance, text,
                java.util.Objects.equals(newParentId, parentId) ? reasonGroup : null, undercut, author, createdAt, now, version);
    }


    MapNode withReasonGroup(Long group, Instant now) {
        return new MapNode(id, ref, mapId, parentId, position, kind, stance, text, group, undercut, author, createdAt, now, version);
    }

    MapNode withUndercut(boolean value, Instant now) {
        return new MapNode(id, ref, mapId, parentId, position, kind, stance, text, reasonGroup, value, author, createdAt, now, version);
    }
}
