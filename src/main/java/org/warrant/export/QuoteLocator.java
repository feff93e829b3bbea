package org.warrant.export;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.Passage;
import org.warrant.sources.Article;

/**
 * Finds a quoted passage in its article for imports of other formats, by the outline import's rules: at the
 * characters the file names if the words are still there, else the one place the words occur; a quote with words
 * left out ("…") as several passages in the article's order. Never a guess.
 */
public final class QuoteLocator {

    /** The passages found, or why there are none. */
    public record Located(List<Passage> passages, @Nullable String problem) {
    }

    private QuoteLocator() {
    }

    public static Located find(Article article, String quote, @Nullable Integer start, @Nullable Integer end) {
        String name = OutlineSyntax.shortTitle(article.title());
        OutlineSyntax.CitationLine at = start != null && end != null && end > start
                ? new OutlineSyntax.CitationLine(name, -1, start, end) : null;
        List<String> parts = QuoteAnchor.parts(quote);
        boolean gaps = parts.size() > 1 || (parts.size() == 1 && !parts.getFirst().equals(quote.strip()));
        if (gaps && at == null && !QuoteAnchor.occursIn(article.body(), quote)) {
            List<String> problems = new ArrayList<>();
            return QuoteAnchor.findParts(article, parts, name, problems::add)
                    .map(found -> new Located(found, null)).orElseGet(() -> new Located(List.of(), problems.getFirst()));
        }
        return switch (QuoteAnchor.find(article, quote, at, name)) {
            case QuoteAnchor.Anchored a -> new Located(List.of(a.passage()), null);
            case QuoteAnchor.NotFound missing -> new Located(List.of(), missing.problem());
        };
    }
}
