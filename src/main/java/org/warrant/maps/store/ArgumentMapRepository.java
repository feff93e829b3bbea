package org.warrant.maps.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.warrant.maps.ArgumentMap;
import org.warrant.maps.MapSummary;

public interface ArgumentMapRepository extends ListCrudRepository<ArgumentMap, Long> {

    @Query("""
            SELECT m.id, m.title, m.description, m.owner, m.shared, m.updated_at, m.deleted_at,
                   (SELECT COUNT(*) FROM map_node n WHERE n.map_id = m.id) AS nodes, m.seminar_id, m.group_id
            FROM argument_map m
            WHERE (m.owner = :user OR m.shared OR m.group_id IN (:groups)) AND m.deleted_at IS NULL
            ORDER BY m.updated_at DESC""")
    List<MapSummary> findReadableBy(String user, List<Long> groups);

    @Query("""
            SELECT m.id, m.title, m.description, m.owner, m.shared, m.updated_at, m.deleted_at,
                   (SELECT COUNT(*) FROM map_node n WHERE n.map_id = m.id) AS nodes, m.seminar_id, m.group_id
            FROM argument_map m
            WHERE m.owner = :user AND m.deleted_at IS NOT NULL
            ORDER BY m.deleted_at DESC""")
    List<MapSummary> findDeletedOwnedBy(String user);

    /**
     * Marks the map's content changed: bumps its content version (which retires shared snapshots) but not its
     * optimistic-lock version, since edits of different nodes must not conflict with each other here.
     */
    @Modifying
    @Query("UPDATE argument_map SET updated_at = :now, content_version = content_version + 1 WHERE id = :mapId")
    void touch(long mapId, Instant now);

    @Query("SELECT content_version FROM argument_map WHERE id = :mapId")
    long contentVersion(long mapId);

    @Modifying
    @Query("DELETE FROM argument_map WHERE deleted_at < :before")
    int purgeDeletedBefore(Instant before);
}
