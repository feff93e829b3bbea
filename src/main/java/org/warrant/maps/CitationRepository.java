package org.warrant.maps;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CitationRepository extends ListCrudRepository<Citation, Long> {

    @Query("SELECT c.* FROM citation c JOIN map_node n ON n.id = c.node_id WHERE n.map_id = :mapId ORDER BY c.id")
    List<Citation> findByMapId(long mapId);

    List<Citation> findByNodeId(long nodeId);

    long countByNodeId(long nodeId);
}
