package org.warrant.maps.store;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.warrant.maps.MapNode;

public interface MapNodeRepository extends ListCrudRepository<MapNode, Long> {

    List<MapNode> findByMapIdOrderByParentIdAscPositionAsc(long mapId);

    List<MapNode> findByParentIdOrderByPositionAsc(long parentId);

    long countByMapId(long mapId);

    /** Makes room at a position among siblings; positions are order only, so versions stay as they are. */
    @Modifying
    @Query("UPDATE map_node SET position = position + 1 WHERE map_id = :mapId AND "
            + "((:parentId IS NULL AND parent_id IS NULL) OR parent_id = :parentId) AND position >= :from")
    void shiftSiblings(long mapId, @Nullable Long parentId, int from);

    @Modifying
    @Query("UPDATE map_node SET reason_group = NULL WHERE reason_group = :group")
    void dissolveGroup(long group);

    @Query("SELECT COUNT(*) FROM map_node WHERE reason_group = :group")
    int groupSize(long group);

    @Query("SELECT COALESCE(MAX(position) + 1, 0) FROM map_node WHERE map_id = :mapId AND parent_id IS NULL")
    int nextRootPosition(long mapId);

    @Query("SELECT COALESCE(MAX(position) + 1, 0) FROM map_node WHERE parent_id = :parentId")
    int nextChildPosition(long parentId);
}
