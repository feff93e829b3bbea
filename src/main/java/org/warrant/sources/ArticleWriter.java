package org.warrant.sources;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates a draft and stores it with its blocks in one transaction, or stores nothing. No access check:
 * callers are {@link ArticleService}, which checks, and the start-up seed import.
 */
@Component
class ArticleWriter {

    static final int MAX_TITLE_LENGTH = 500;

    private final ArticleRepository articles;
    private final Clock clock;
    private final int maxTextChars;

    ArticleWriter(ArticleRepository articles, Clock clock,
                  @Value("${warrant.import.max-text-chars:2000000}") int maxTextChars) {
        this.articles = articles;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    @Transactional
    ImportResult store(ArticleDraft draft, boolean titleSupplied, String importedBy) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new ArticleRejectedException("The article needs a title.");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new ArticleRejectedException("The title is longer than " + MAX_TITLE_LENGTH + " characters; shorten it.");
        }
        AnchorSpace space = AnchorSpace.layout(draft.blocks());
        if (space.blocks().stream().noneMatch(b -> b.kind() == BlockKind.PARAGRAPH)) {
            throw new ArticleRejectedException("The text is empty: there is no paragraph to read.");
        }
        if (space.body().length() > maxTextChars) {
            throw new ArticleRejectedException("The text has %,d characters; Warrant takes at most %,d per article. Split it into parts."
                    .formatted(space.body().length(), maxTextChars));
        }
        String hash = space.contentHash();
        var existing = articles.findByContentHash(hash);
        if (existing.isPresent()) {
            return new ImportResult(existing.get().id(), true);
        }
        Article article = new Article(null, title, titleSupplied, blankToNull(draft.authors()), blankToNull(draft.outlet()),
                draft.publishedOn(), blankToNull(draft.sourceUrl()), draft.kind(), space.body(), space.body().length(),
                hash, importedBy, clock.instant(), 1, languageOf(draft, space.body()), space.blocks());
        try {
            return new ImportResult(articles.save(article).id(), false);
        } catch (DuplicateKeyException raced) {
            // Another import of the same text committed between our check and our insert.
            return new ImportResult(articles.findByContentHash(hash).orElseThrow().id(), true);
        }
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The importer's choice ("" for another language), or what the letters say when there was none. */
    private static @org.jspecify.annotations.Nullable String languageOf(ArticleDraft draft, String body) {
        if (draft.language() == null) {
            return TextLanguage.guess(body).orElse(null);
        }
        return TextLanguage.NAMES.containsKey(draft.language()) ? draft.language() : null;
    }
}
