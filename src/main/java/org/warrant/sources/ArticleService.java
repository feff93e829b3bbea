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
    private final ArticleCorrector corrector;

    ArticleService(ArticleRepository articles, ArticleWriter writer, ArticleCorrector corrector) {
        this.articles = articles;
        this.writer = writer;
        this.corrector = corrector;
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

    /**
     * What saving this corrected text would do to the citations of the article, writing nothing. Refused, with
     * the reason, when the text is unchanged, empty, too long, or another article's.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public CorrectionImpact.Impact previewCorrection(long articleId, String text) {
        return corrector.preview(corrector.check(articleId, text));
    }

    /**
     * Saves the corrected text as the article's next revision and re-anchors every citation of it in every map,
     * in one transaction; {@code basedOnRevision} is the revision the text was corrected from, so a correction
     * made meanwhile by someone else is never overwritten ({@link StaleArticleException}).
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public CorrectionImpact.Impact correct(long articleId, int basedOnRevision, String text, String note) {
        String who = CurrentUser.username().orElseThrow();
        try {
            CorrectionImpact.Impact impact = corrector.correct(articleId, basedOnRevision, text, note, who);
            log.info("{} corrected article {} (from revision {}): {} citations moved, {} orphaned, in {} maps", who, articleId,
                    basedOnRevision, impact.moved(), impact.orphaned(), impact.maps());
            return impact;
        } catch (ArticleRejectedException | StaleArticleException e) {
            log.warn("{} could not correct article {}: {}", who, articleId, e.getMessage());
            throw e;
        }
    }

    /**
     * Sets the language of an article's text (a tag of {@link TextLanguage#NAMES}, or null for another language), when
     * the guess was wrong: the reader's direction and the comparison's word matching follow it.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void setLanguage(long articleId, @org.jspecify.annotations.Nullable String tag) {
        if (tag != null && !TextLanguage.NAMES.containsKey(tag)) {
            throw new IllegalArgumentException("Warrant knows the languages " + TextLanguage.NAMES.keySet() + ", not " + tag);
        }
        if (articles.setLanguage(articleId, tag) == 0) {
            throw new java.util.NoSuchElementException("No article " + articleId);
        }
        log.info("{} set the language of article {} to {}", CurrentUser.username().orElse("?"), articleId, tag);
    }

    /** The corrections of an article, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.List<ArticleRevision> revisions(long articleId) {
        return corrector.revisions(articleId);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
