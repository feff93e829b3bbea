package org.warrant.sources;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ArticleRepository extends ListCrudRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    /** The library list without loading bodies or blocks. */
    @Query("""
            SELECT a.id, a.title, a.title_supplied, a.authors, a.outlet, a.published_on, a.kind, a.body_length,
                   (SELECT COUNT(*) FROM article_block b WHERE b.article_id = a.id AND b.kind = 'PARAGRAPH') AS paragraphs
            FROM article a ORDER BY a.title""")
    List<ArticleSummary> findSummaries();

    /** Ids of articles with this title (ignoring case) or this source URL: title matches first, then oldest first. */
    @Query("""
            SELECT id FROM article WHERE LOWER(title) = LOWER(:title) OR source_url = :url
            ORDER BY CASE WHEN LOWER(title) = LOWER(:title) THEN 0 ELSE 1 END, id""")
    List<Long> findIdsByTitleOrUrl(String title, String url);

    @Modifying
    @Query("UPDATE article SET language = :language WHERE id = :id")
    int setLanguage(long id, @org.jspecify.annotations.Nullable String language);
}
