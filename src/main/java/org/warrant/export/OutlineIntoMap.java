package org.warrant.export;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftRejectedException;
import org.warrant.drafts.MapDraftService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;

/**
 * An outline added to a map that already exists (a student's assignment map, a class skeleton): read whole,
 * its quotes found in the map's own articles, its top items placed under a chosen node (a claim becomes a
 * reason there) or as new claims, written by {@link MapDraftService#addTo} in the caller's transaction.
 */
final class OutlineIntoMap {

    private final ArticleService articles;
    private final MapService maps;
    private final MapDraftService drafts;

    OutlineIntoMap(ArticleService articles, MapService maps, MapDraftService drafts) {
        this.articles = articles;
        this.maps = maps;
        this.drafts = drafts;
    }

    /** Returns the ids of the added top nodes; throws {@link OutlineRejectedException} with every problem. */
    List<Long> add(String markdown, long mapId, @Nullable Long parentId, @Nullable Long articleId) {
        List<Long> mapArticles = maps.open(mapId).map().articleIds();
        boolean replies = parentId != null && UnderNode.applies(markdown);
        OutlinePieces pieces = OutlineReader.read(replies ? UnderNode.wrap(markdown) : markdown);
        UnresolvedOutline head = pieces.get(0).outline();
        List<OutlineProblem> problems = new ArrayList<>();
        Long chosen = articleId != null ? articleId : mapArticles.size() == 1 ? mapArticles.getFirst() : null;
        if (!head.inFormat() && chosen != null && !mapArticles.contains(chosen)) {
            problems.add(new OutlineProblem(0, "Choose one of this map's own articles for the list's quotes."));
        }
        OutlineImporter importer = new OutlineImporter(articles);
        MapDraft found = importer.map(head, "", chosen);
        for (Long id : found.articleIds()) {
            if (head.inFormat() && !mapArticles.contains(id)) {
                problems.add(new OutlineProblem(0, "The outline cites “" + articles.find(id).map(a -> a.title()).orElse("an article")
                        + "”, which this map does not draw on. Add it to the map first (Details), then import again."));
            }
        }
        List<UnresolvedOutline.Item> read = new ArrayList<>();
        for (int i = 0; i < pieces.count(); i++) {
            problems.addAll(replies ? UnderNode.unwrapLines(pieces.get(i).problems()) : pieces.get(i).problems());
            int offset = read.size();
            for (UnresolvedOutline.Item item : pieces.get(i).outline().nodes()) {
                read.add(new UnresolvedOutline.Item(item.ref(), shift(item.parent(), offset), item.kind(), item.stance(), item.text(),
                        shift(item.group(), offset), item.undercut(), item.quotes(), item.line()));
            }
        }
        List<UnresolvedOutline.Item> items = replies ? UnderNode.unwrap(read) : read;
        List<MapDraft.Node> nodes = placed(importer.nodes(items), parentId);
        problems.addAll(importer.problems());
        if (!problems.isEmpty()) {
            throw new OutlineRejectedException(problems, importer.needsArticle());
        }
        try {
            return drafts.addTo(mapId, parentId, nodes);
        } catch (MapDraftRejectedException e) {
            throw new OutlineRejectedException(e.problems().stream()
                    .map(p -> new OutlineProblem(p.node() < 0 ? 0 : items.get(p.node()).line(), p.message())).toList(), false);
        }
    }

    /** Fresh ids (the map may hold the outline's own already), and claims made reasons when they go under a node. */
    private static List<MapDraft.Node> placed(List<MapDraft.Node> nodes, @Nullable Long parentId) {
        return nodes.stream().map(n -> {
            boolean reason = parentId != null && n.parent() == null && n.kind() == NodeKind.CLAIM;
            return new MapDraft.Node(NodeRefs.next(), n.parent(), reason ? NodeKind.PREMISE : n.kind(), reason ? Stance.PRO : n.stance(),
                    n.text(), n.group(), n.undercut(), n.passages());
        }).toList();
    }

    private static @Nullable Integer shift(@Nullable Integer index, int offset) {
        return index == null ? null : index + offset;
    }
}
