package org.warrant.maps;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CitationRepository extends ListCrudRepository<Citation, Long> {

    List<Citation> findByNodeId(long nodeId);

    long countByNodeId(long nodeId);
}
