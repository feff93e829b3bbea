package org.warrant.maps.store;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.warrant.maps.Citation;

public interface CitationRepository extends ListCrudRepository<Citation, Long> {

    List<Citation> findByNodeId(long nodeId);

    long countByNodeId(long nodeId);

    List<Citation> findByArticleId(long articleId);
}
