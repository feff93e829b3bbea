package org.warrant.maps;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.store.MapNodeRepository;

/**
 * Many nodes added to a map at once, as an imported outline adds them, and taken away again at once (its undo).
 * The nodes themselves are written by the drafts module in the caller's transaction; this service checks where
 * they may go beforehand and announces them afterwards, as {@link MapEditService} does for a single edit.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapImports {

    private final MapNodeRepository nodes;
    private final MapAccess access;
    private final MapChanges changes;

    MapImports(MapNodeRepository nodes, MapAccess access, MapChanges changes) {
        this.nodes = nodes;
        this.access = access;
        this.changes = changes;
    }

    /**
     * Where nodes imported into a map go (an outline added to it), checked before any is written: the map is the
     * user's to edit and has room for them, and the parent, if any, is in it. {@code parentLevel} is 0 for the
     * top of the map; {@code firstPosition} follows the parent's last child (or the last claim).
     */
    public record Place(List<Long> articleIds, @Nullable NodeKind parentKind, int parentLevel, int firstPosition) {
    }

    @Transactional
    public Place place(long mapId, @Nullable Long parentId, int adding) {
        ArgumentMap map = access.editable(mapId);
        MapRules.room(nodes.countByMapId(mapId), adding);
        if (parentId == null) {
            return new Place(map.articleIds(), null, 0, nodes.nextRootPosition(mapId));
        }
        MapNode parent = changes.nodeOf(mapId, parentId);
        return new Place(map.articleIds(), parent.kind(), changes.levelOf(parent), nodes.nextChildPosition(parentId));
    }

    /** Nodes were written into the map by an import, in this transaction: its history says so, its editors see them. */
    @Transactional
    public void imported(long mapId, @Nullable Long parentId, int count) {
        access.editable(mapId);
        String where = parentId == null ? " as claims" : " under " + ActivityLog.quoted(changes.nodeOf(mapId, parentId).text());
        changes.touch(mapId);
        changes.log(mapId, "imported", parentId, "imported " + count + (count == 1 ? " node" : " nodes") + " from an outline" + where);
    }

    /** Deletes several nodes with their replies in one transaction (undoing an import); returns how many went. */
    @Transactional
    public int deleteAll(long mapId, List<Long> nodeIds) {
        access.editable(mapId);
        MapTree tree = MapTree.of(nodes.findByMapIdOrderByParentIdAscPositionAsc(mapId));
        int count = 0;
        for (long id : nodeIds) {
            MapNode node = changes.nodeOf(mapId, id);
            count += tree.subtree(node).size();
            if (node.reasonGroup() != null) {
                changes.leaveGroup(node);
            }
            nodes.deleteById(id);
        }
        changes.touch(mapId);
        changes.log(mapId, "deleted", null, "removed " + count + (count == 1 ? " node" : " nodes") + " an import had added");
        return count;
    }
}
