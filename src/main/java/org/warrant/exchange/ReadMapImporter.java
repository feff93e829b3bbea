package org.warrant.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftRejectedException;
import org.warrant.drafts.MapDraftService;
import org.warrant.exchange.model.ReadMap;
import org.warrant.export.QuoteLocator;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapRules;
import org.warrant.maps.Passage;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Makes a map read from a file (Argdown, AIF) into a Warrant map: finds the articles it names in the library and
 * each quote in its article, then writes it through {@link MapDraftService}, in the caller's transaction, or writes
 * nothing and lists every problem by line.
 */
@Component
class ReadMapImporter {

    private final ArticleService articles;
    private final MapDraftService drafts;

    ReadMapImporter(ArticleService articles, MapDraftService drafts) {
        this.articles = articles;
        this.drafts = drafts;
    }

    long asNewMap(ReadMap read, String fallbackTitle, @Nullable Long articleId) {
        List<ReadMap.Problem> problems = new ArrayList<>(read.problems());
        Map<String, Article> byKey = resolve(read.articles(), problems, read);
        List<Long> articleIds = new ArrayList<>(byKey.values().stream().map(Article::id).distinct().toList());
        if (articleIds.isEmpty() && articleId != null) {
            articles.find(articleId).ifPresent(a -> articleIds.add(a.id()));
        }
        if (articleIds.isEmpty()) {
            throw new MapFileRejectedException(sorted(problems), true);
        }
        Article only = articleIds.size() == 1 ? articles.find(articleIds.getFirst()).orElse(null) : null;
        List<MapDraft.Node> nodes = nodes(read.nodes(), byKey, only, problems);
        String title = read.title() == null || read.title().isBlank() ? fallbackTitle : read.title().strip();
        if (!problems.isEmpty()) {
            throw new MapFileRejectedException(sorted(problems), false);
        }
        try {
            return drafts.create(new MapDraft(title, read.description(), articleIds, nodes));
        } catch (MapDraftRejectedException e) {
            throw new MapFileRejectedException(lines(e.problems(), read.nodes()), false);
        }
    }

    /** The nodes as a draft, their quotes found; a node's problems are added by its line. */
    List<MapDraft.Node> nodes(List<ReadMap.Node> read, Map<String, Article> byKey, @Nullable Article only, List<ReadMap.Problem> problems) {
        List<MapDraft.Node> out = new ArrayList<>(read.size());
        for (ReadMap.Node n : read) {
            List<Passage> passages = new ArrayList<>();
            for (ReadMap.Cite cite : n.cites()) {
                Article article = cite.article() == null ? only : byKey.get(cite.article());
                if (article == null) {
                    problems.add(new ReadMap.Problem(n.line(), cite.article() == null
                            ? "Say which article the quote is from: {article: A, quote: \"…\"}, with A named in the front matter."
                            : "The quote names article “" + cite.article() + "”, which is not among the articles found."));
                    continue;
                }
                QuoteLocator.Located found = QuoteLocator.find(article, cite.quote(), cite.start(), cite.end());
                if (found.problem() != null) {
                    problems.add(new ReadMap.Problem(n.line(), found.problem()));
                }
                passages.addAll(found.passages());
            }
            try {
                MapRules.text(n.text());
            } catch (MapRuleException e) {
                problems.add(new ReadMap.Problem(n.line(), e.getMessage()));
            }
            out.add(new MapDraft.Node(n.ref(), n.parent(), n.kind(), n.stance(), n.text().strip(), n.group(), n.undercut(), passages));
        }
        return out;
    }

    /** The file's articles found in the library: by id when the title agrees, else by title or address. */
    Map<String, Article> resolve(List<ReadMap.ArticleKey> keys, List<ReadMap.Problem> problems, ReadMap read) {
        Map<String, Article> found = new LinkedHashMap<>();
        for (ReadMap.ArticleKey key : keys) {
            Article byId = key.id() == null ? null : articles.find(key.id())
                    .filter(a -> key.title() == null || a.title().strip().equals(key.title().strip())).orElse(null);
            Article article = byId != null ? byId : key.title() == null && key.url() == null ? null
                    : articles.findByTitleOrUrl(key.title(), key.url()).stream().findFirst().orElse(null);
            if (article != null) {
                found.put(key.key(), article);
            } else if (read.nodes().stream().anyMatch(n -> n.cites().stream().anyMatch(c -> key.key().equals(c.article())))) {
                problems.add(new ReadMap.Problem(1, "Article " + key.key() + (key.title() == null ? "" : " (“" + key.title() + "”)")
                        + " is not in Warrant's library: import it first, then this map."));
            }
        }
        return found;
    }

    static List<ReadMap.Problem> lines(List<MapDraft.Problem> problems, List<ReadMap.Node> nodes) {
        return sorted(problems.stream().map(p -> new ReadMap.Problem(p.node() < 0 || p.node() >= nodes.size() ? 0
                : nodes.get(p.node()).line(), p.message())).toList());
    }

    static List<ReadMap.Problem> sorted(List<ReadMap.Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(ReadMap.Problem::line)).toList();
    }
}
