package org.warrant.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.warrant.demo.DemoMaps.Cite;
import org.warrant.demo.DemoMaps.DemoNode;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/** Builds a demo map's nodes through the edit service, so demo content obeys every rule a user's map does. */
@Component
class DemoMapBuilder {

    private final MapEditService edits;
    private final ArticleService articles;

    DemoMapBuilder(MapEditService edits, ArticleService articles) {
        this.edits = edits;
        this.articles = articles;
    }

    void build(long mapId, List<DemoNode> roots, Map<String, Long> articleIds) {
        for (DemoNode root : roots) {
            add(mapId, null, root, articleIds);
        }
    }

    private MapNode add(long mapId, MapNode parent, DemoNode demo, Map<String, Long> articleIds) {
        NodeKind kind = NodeKind.valueOf(demo.kind().toUpperCase(Locale.ROOT));
        MapNode node;
        if (kind == NodeKind.EVIDENCE) {
            Cite first = demo.citations().getFirst();
            int[] span = span(first, articleIds);
            node = edits.addEvidence(mapId, parent.id(), articleIds.get(first.in()), span[0], span[1], Stance.PRO, demo.text());
            demo.citations().stream().skip(1).forEach(c -> cite(node.id(), c, articleIds));
        } else {
            node = edits.add(mapId, parent == null ? null : parent.id(), null, kind, kind.defaultStance(), demo.text());
            demo.citations().forEach(c -> cite(node.id(), c, articleIds));
        }
        MapNode current = demo.undercuts() ? edits.setUndercut(node.id(), node.version(), true) : node;
        // Co-premises are siblings: each joins the first member of its group.
        Map<String, Long> groups = new HashMap<>();
        for (DemoNode reply : demo.replies()) {
            MapNode child = add(mapId, current, reply, articleIds);
            if (reply.group() != null) {
                Long first = groups.putIfAbsent(reply.group(), child.id());
                if (first != null) {
                    edits.groupAsCoPremises(first, child.id());
                }
            }
        }
        return current;
    }

    private void cite(long nodeId, Cite c, Map<String, Long> articleIds) {
        int[] span = span(c, articleIds);
        edits.cite(nodeId, articleIds.get(c.in()), span[0], span[1]);
    }

    private int[] span(Cite c, Map<String, Long> articleIds) {
        Long articleId = articleIds.get(c.in());
        if (articleId == null) {
            throw new IllegalStateException("A citation names article “" + c.in() + "”, which the map does not list");
        }
        Article article = articles.find(articleId).orElseThrow();
        int start = article.body().indexOf(c.quote());
        if (start < 0) {
            throw new IllegalStateException("Quote not found in “" + article.title() + "”: " + c.quote());
        }
        return new int[] {start, start + c.quote().length()};
    }
}
