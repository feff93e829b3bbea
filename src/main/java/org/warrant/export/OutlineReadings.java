package org.warrant.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.warrant.export.UnresolvedOutline.Item;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;

/** Builds an {@link OutlineReading} from an outline's first piece: the items as read, and the likeliest article. */
final class OutlineReadings {

    /** Articles searched for the list's first quote, newest first; beyond them the user chooses. */
    static final int ARTICLES_SEARCHED = 200;

    private final ArticleService articles;
    private final MapService maps;

    OutlineReadings(ArticleService articles, MapService maps) {
        this.articles = articles;
        this.maps = maps;
    }

    OutlineReading of(OutlineReader first, String user) {
        UnresolvedOutline outline = first.outline();
        if (!first.problems().isEmpty()) {
            return new OutlineReading(!outline.inFormat(), false, outline.title(), List.of(), first.problems(), null);
        }
        List<Item> items = outline.nodes();
        List<OutlineReading.Line> lines = new ArrayList<>(items.size());
        int[] depth = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Integer parent = item.parent();
            depth[i] = parent == null ? 0 : depth[parent] + 1; // parents come before their children
            NodeKind parentKind = parent == null ? null : items.get(parent).kind();
            NodeRole role = NodeRole.of(item.kind(), item.stance(), item.group() != null, item.undercut(), parentKind);
            lines.add(new OutlineReading.Line(depth[i], role, item.text(), item.line()));
        }
        if (outline.inFormat()) { // the format names its roles, articles and passages: nothing to guess
            return new OutlineReading(false, false, outline.title(), lines, List.of(), null);
        }
        return new OutlineReading(true, first.bulletsArePolarity(), outline.title(), lines, List.of(), likelyArticle(items, user));
    }

    /** The article holding the list's first quote; else that of the user's most recently changed map; else none. */
    private @Nullable Long likelyArticle(List<Item> items, String user) {
        Optional<String> quote = items.stream().flatMap(i -> i.quotes().stream()).map(UnresolvedOutline.Quote::text).findFirst();
        if (quote.isPresent()) {
            List<ArticleSummary> library = articles.list(null).stream()
                    .sorted(Comparator.comparingLong(ArticleSummary::id).reversed()).limit(ARTICLES_SEARCHED).toList();
            for (ArticleSummary summary : library) {
                if (articles.find(summary.id()).filter(a -> QuoteAnchor.occursIn(a.body(), quote.get())).isPresent()) {
                    return summary.id();
                }
            }
        }
        return maps.readableMaps().stream().filter(m -> m.owner().equals(user) && m.deletedAt() == null)
                .max(Comparator.comparing(MapSummary::updatedAt))
                .flatMap(m -> maps.open(m.id()).map().articleIds().stream().findFirst())
                .orElse(null);
    }
}
