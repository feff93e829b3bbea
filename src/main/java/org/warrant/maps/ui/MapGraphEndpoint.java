package org.warrant.maps.ui;

import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.warrant.maps.Citation;
import org.warrant.maps.MapContent;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;

/**
 * A map's nodes as JSON for the diagram. Reading goes through {@link MapService#open}, so the editor's access
 * rule holds here too, and a map the user may not read is "not found", like a map that does not exist.
 */
@RestController
class MapGraphEndpoint {

    /** One box of the diagram; {@code group} is the co-premise group, {@code passages} how many it cites. */
    record GraphNode(long id, Long parent, int position, String kind, String stance, String text, Long group,
                     boolean undercut, int passages) {
    }

    record Graph(long mapId, List<GraphNode> nodes) {
    }

    private final MapService maps;

    MapGraphEndpoint(MapService maps) {
        this.maps = maps;
    }

    static String path(long mapId) {
        return "maps/" + mapId + "/graph.json";
    }

    @GetMapping(path = "/maps/{id}/graph.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Graph> graph(@PathVariable long id) {
        MapContent content = maps.open(id);
        Map<Long, List<Citation>> cited = content.citationsByNode();
        List<GraphNode> nodes = content.nodes().stream().map(n -> node(n, cited.getOrDefault(n.id(), List.of()).size())).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Graph(id, nodes));
    }

    private static GraphNode node(MapNode n, int passages) {
        return new GraphNode(n.id(), n.parentId(), n.position(), n.kind().name(), n.stance().name(), n.text(),
                n.reasonGroup(), n.undercut(), passages);
    }

    @ExceptionHandler(MapNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
