package org.warrant.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.warrant.drafts.MapDraft;
import org.warrant.export.UnresolvedOutline.ArticleLine;
import org.warrant.export.UnresolvedOutline.Item;
import org.warrant.export.UnresolvedOutline.Quote;
import org.warrant.maps.Passage;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Turns a parsed outline into a map draft: finds its articles in the library (by title, then URL) and its
 * quotes in them. Collects every problem with its line; the draft is complete only when there are none.
 */
final class OutlineImporter {

    private final ArticleService library;
    private final List<OutlineProblem> problems = new ArrayList<>();
    private final Map<String, Article> byShortTitle = new HashMap<>();
    private final Map<Long, Article> mapArticles = new LinkedHashMap<>();
    private final Set<String> missing = new HashSet<>(); // listed, but not in the library: reported at the list
    private boolean needsArticle;

    OutlineImporter(ArticleService library) {
        this.library = library;
    }

    List<OutlineProblem> problems() {
        return problems;
    }

    boolean needsArticle() {
        return needsArticle;
    }

    /**
     * The map an outline describes, without its nodes: its title, description and articles, found in the
     * library. {@code outline} is the outline's first piece; {@code chosenArticle} the article a hand-written
     * outline is about (ignored for Warrant's format).
     */
    MapDraft map(UnresolvedOutline outline, String fallbackTitle, Long chosenArticle) {
        if (outline.inFormat()) {
            Map<String, List<Quote>> quotesBySource = new HashMap<>();
            outline.nodes().stream().flatMap(i -> i.quotes().stream()).filter(q -> q.citation() != null)
                    .forEach(q -> quotesBySource.computeIfAbsent(q.citation().shortTitle(), k -> new ArrayList<>()).add(q));
            outline.articles().forEach(line -> findArticle(line, quotesBySource.getOrDefault(line.shortTitle(), List.of())));
            if (outline.articles().isEmpty()) {
                problems.add(new OutlineProblem(0, "The outline names no article; a map draws on at least one."));
            }
        } else if (chosenArticle == null) {
            needsArticle = true;
            problems.add(new OutlineProblem(0, "This is a hand-written list, not Warrant's outline format (it has no \"" + OutlineSyntax.FORMAT_LINE
                    + "\" line), so it does not say which article its quotes come from: choose the article, then import again."));
        } else {
            library.find(chosenArticle).ifPresent(a -> mapArticles.put(a.id(), a));
        }
        String title = outline.title() != null && !outline.title().isBlank() ? outline.title() : fallbackTitle;
        return new MapDraft(title, outline.description(), List.copyOf(mapArticles.keySet()), List.of());
    }

    /** The map's nodes from items of the outline, their quotes found in the map's articles. */
    List<MapDraft.Node> nodes(List<Item> items) {
        List<MapDraft.Node> nodes = new ArrayList<>(items.size());
        for (Item item : items) {
            List<Passage> passages = new ArrayList<>();
            for (Quote quote : item.quotes()) {
                passages.addAll(passages(quote));
            }
            nodes.add(new MapDraft.Node(item.ref(), item.parent(), item.kind(), item.stance(), item.text(), item.group(),
                    item.undercut(), passages));
        }
        return nodes;
    }

    /**
     * The library's article for an article line. Titles need not be unique, so among the articles with its
     * title (or URL) the one wins in which most of the quotes from it sit at their stated places (the quotes of
     * the outline's first piece: a long outline's first 100,000 characters).
     */
    private void findArticle(ArticleLine line, List<Quote> quotes) {
        List<Article> candidates = library.findByTitleOrUrl(line.title(), line.url());
        if (candidates.isEmpty()) {
            missing.add(line.shortTitle());
            problems.add(new OutlineProblem(line.line(), "The article “" + line.title()
                    + "” is not in the library. Import it first (Library, Import), then import this outline again."));
            return;
        }
        Article best = candidates.stream()
                .max(java.util.Comparator.comparingLong((Article a) -> quotes.stream().filter(q -> QuoteAnchor.sitsAt(a.body(), q.text(), q.citation())).count())
                        .thenComparing(a -> -candidates.indexOf(a)))
                .orElseThrow();
        byShortTitle.put(line.shortTitle(), best);
        mapArticles.put(best.id(), best);
    }

    /**
     * The passages a quote cites: one, or for a quote written by hand with words left out ("…", "[...]") and not
     * found whole, one per part, in the article's order.
     */
    private List<Passage> passages(Quote quote) {
        List<String> parts = QuoteAnchor.parts(quote.text());
        boolean gaps = parts.size() > 1 || (parts.size() == 1 && !parts.getFirst().equals(quote.text().strip()));
        if (quote.citation() != null || !gaps || mapArticles.isEmpty()) {
            return passage(quote).map(List::of).orElse(List.of());
        }
        Article article = mapArticles.values().iterator().next();
        if (QuoteAnchor.occursIn(article.body(), quote.text())) { // "..." may be the article's own
            return passage(quote).map(List::of).orElse(List.of());
        }
        return QuoteAnchor.findParts(article, parts, OutlineSyntax.shortTitle(article.title()),
                message -> problems.add(new OutlineProblem(quote.line(), message))).orElse(List.of());
    }

    private Optional<Passage> passage(Quote quote) {
        Article article;
        String name;
        if (quote.citation() != null) {
            name = quote.citation().shortTitle();
            article = byShortTitle.get(name);
            if (article == null) {
                if (!missing.contains(name)) {
                    problems.add(new OutlineProblem(quote.line(), "“" + name + "” is not one of the articles listed at the top."));
                }
                return Optional.empty();
            }
        } else {
            article = mapArticles.values().stream().findFirst().orElse(null);
            if (article == null) {
                return Optional.empty(); // reported once: no article chosen
            }
            name = OutlineSyntax.shortTitle(article.title());
        }
        return switch (QuoteAnchor.find(article, quote.text(), quote.citation(), name)) {
            case QuoteAnchor.Anchored a -> Optional.of(a.passage());
            case QuoteAnchor.NotFound missing -> {
                problems.add(new OutlineProblem(quote.line(), missing.problem()));
                yield Optional.empty();
            }
        };
    }
}
