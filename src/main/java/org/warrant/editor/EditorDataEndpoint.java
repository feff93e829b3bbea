package org.warrant.editor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeRole;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleBlock;
import org.warrant.sources.ArticleService;
import org.warrant.sources.BlockKind;

/**
 * The editor's bulky data as JSON, fetched by its web components (the diagram and the article reader) instead
 * of travelling through the UI state Vaadin keeps per open editor. Reading goes through
 * {@link MapService#open}, so the editor's access rule holds here too: a map the user may not read, or an
 * article the map does not draw on, is "not found", like one that does not exist.
 */
@RestController
public class EditorDataEndpoint {

    /**
     * One box of the diagram; {@code role} is what it is called where it stands ({@link NodeRole}), {@code group}
     * the co-premise group, {@code passages} how many it cites, {@code articles} the letters of the articles
     * they are in when the map has several ({@link ArticleLetters}).
     */
    public record GraphNode(long id, Long parent, int position, String kind, String role, String stance, String text, Long group,
                     boolean undercut, int passages, String articles) {
    }

    public record Graph(long mapId, List<GraphNode> nodes) {
    }

    public record Block(boolean heading, Integer number, String anchor, int start, int end, String text) {
    }

    /** A cited passage: which citation, where, the citing node's stance and text (for the tooltip). */
    public record Highlight(long citation, long nodeId, int start, int end, String stance, String node) {
    }

    public record Reader(long id, String title, @Nullable String language, List<Block> blocks, List<Highlight> highlights) {
    }

    private final MapService maps;
    private final ArticleService articles;

    EditorDataEndpoint(MapService maps, ArticleService articles) {
        this.maps = maps;
        this.articles = articles;
    }

    public static String graphPath(long mapId) {
        return "maps/" + mapId + "/graph.json";
    }

    public static String readerPath(long mapId, long articleId) {
        return "maps/" + mapId + "/articles/" + articleId + "/reader.json";
    }

    @GetMapping(path = "/maps/{id}/graph.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Graph> graph(@PathVariable long id) {
        OpenedMap content = maps.open(id);
        List<GraphNode> nodes = content.nodes().stream()
                .map(n -> node(n, n.parentId() == null ? null : content.node(n.parentId()),
                        content.placedCitationsOf(n.id()).size(),
                        ArticleLetters.of(content, n.id()))).toList();
        return fresh(new Graph(id, nodes));
    }

    @GetMapping(path = "/maps/{id}/articles/{articleId}/reader.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Reader> reader(@PathVariable long id, @PathVariable long articleId) {
        OpenedMap content = maps.open(id);
        if (!content.map().articleIds().contains(articleId)) {
            throw new MapNotFoundException(id);
        }
        Article article = articles.find(articleId).orElseThrow(() -> new MapNotFoundException(id));
        List<Block> blocks = article.blocks().stream().map(b -> block(article, b)).toList();
        List<Highlight> highlights = content.citations().stream()
                .filter(c -> c.articleId() == articleId && !c.orphaned())
                .map(c -> highlight(c, content.node(c.nodeId()))).toList();
        return fresh(new Reader(articleId, article.title(), article.language(), blocks, highlights));
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static GraphNode node(MapNode n, MapNode parent, int passages, String articles) {
        return new GraphNode(n.id(), n.parentId(), n.position(), n.kind().name(), NodeRole.of(n, parent).name(), n.stance().name(), n.text(),
                n.reasonGroup(), n.undercut(), passages, articles);
    }

    private static Block block(Article article, ArticleBlock b) {
        return new Block(b.kind() == BlockKind.HEADING, b.number(), b.anchor(), b.startOffset(), b.endOffset(), article.textOf(b));
    }

    private static Highlight highlight(Citation c, MapNode node) {
        return new Highlight(c.id(), c.nodeId(), c.startOffset(), c.endOffset(), node.stance().name(), node.text());
    }

    @ExceptionHandler(MapNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
