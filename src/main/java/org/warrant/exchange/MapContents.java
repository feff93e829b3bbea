package org.warrant.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.warrant.exchange.model.MapContent;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/** A map as the outgoing formats read it, through {@link MapService#open}: whoever may not read it gets "not found". */
@Component
class MapContents {

    private final MapService maps;
    private final ArticleService articles;

    MapContents(MapService maps, ArticleService articles) {
        this.maps = maps;
        this.articles = articles;
    }

    MapContent of(long mapId) {
        return of(maps.open(mapId), null);
    }

    /** The whole map, or with {@code subtreeOf} only that node and its replies (for a picture of one branch). */
    MapContent of(OpenedMap opened, Long subtreeOf) {
        List<Article> mapArticles = opened.map().articleIds().stream().map(articles::find).flatMap(Optional::stream).toList();
        List<MapNode> nodes = opened.nodes();
        MapNode top = subtreeOf == null ? null : opened.node(subtreeOf);
        if (top != null) {
            nodes = MapTree.of(nodes).subtree(top).stream()
                    .map(n -> n.id().equals(top.id()) ? n.withPlace(null, 0, n.updatedAt()) : n).toList();
        }
        return MapContent.of(opened.map().title(), opened.map().description(), nodes, opened.citationsByNode(), mapArticles);
    }
}
