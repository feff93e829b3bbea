package org.warrant.sources;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.security.CurrentUser;

/**
 * The library: every signed-in user reads every article; instructors and admins import new ones.
 */
@Service
public class ArticleService {

    private static final Logger log = LoggerFactory.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ArticleWriter writer;

    ArticleService(ArticleRepository articles, ArticleWriter writer) {
        this.articles = articles;
        this.writer = writer;
    }

    /** Articles whose title, authors or outlet contain the filter (case-insensitive); all when it is blank. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(String filter) {
        List<ArticleSummary> all = articles.findSummaries();
        if (filter == null || filter.isBlank()) {
            return all;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(a -> contains(a.title(), needle) || contains(a.authors(), needle)
                || contains(a.outlet(), needle) || contains(a.kind().label(), needle)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    /** Whether the library holds the article, without reading its text. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return articles.existsById(id);
    }

    /**
     * The library's articles with this title (ignoring case) or this source URL, title matches first: how an
     * outline's citations find their article again. Either may be null.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Article> findByTitleOrUrl(String title, String url) {
        List<Long> ids = articles.findIdsByTitleOrUrl(title == null ? "" : title.strip(), url == null ? "" : url.strip());
        return articles.findAllById(ids).stream().sorted(java.util.Comparator.comparingInt(a -> ids.indexOf(a.id()))).toList();
    }

    /** Stores the draft as a new article; returns the existing one when the same text is already there. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ImportResult importArticle(ArticleDraft draft) {
        String who = CurrentUser.username().orElseThrow();
        try {
            ImportResult result = writer.store(draft, false, who);
            log.info("{} imported article {} '{}'{}", who, result.articleId(), draft.title(),
                    result.alreadyPresent() ? " (already present)" : "");
            return result;
        } catch (ArticleRejectedException e) {
            log.warn("{} could not import '{}': {}", who, draft.title(), e.getMessage());
            throw e;
        }
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
