package org.warrant.exchange;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.picture.DiagramSvg;
import org.warrant.exchange.picture.PngRenderer;
import org.warrant.export.FileNames;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;

/**
 * Pictures of a readable map (docs/pictures.md): the diagram as the editor lays it out, as a self-contained SVG or a
 * PNG at twice the size, the whole map or one node with everything under it, quotes optional. Drawn on the server,
 * so downloads and reports need no browser.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DiagramService {

    private final MapService maps;
    private final MapContents contents;

    DiagramService(MapService maps, MapContents contents) {
        this.maps = maps;
        this.contents = contents;
    }

    /** {@code nodeId}: only that node and its replies (a node the map doesn't have is "not found"). */
    @Transactional(readOnly = true)
    public ExportedFile svg(long mapId, @Nullable Long nodeId, boolean withQuotes) {
        MapContent map = content(mapId, nodeId);
        byte[] svg = DiagramSvg.write(map, withQuotes).getBytes(StandardCharsets.UTF_8);
        return new ExportedFile(name(map, nodeId, false, ".svg"), name(map, nodeId, true, ".svg"), "image/svg+xml", svg);
    }

    @Transactional(readOnly = true)
    public ExportedFile png(long mapId, @Nullable Long nodeId, boolean withQuotes) {
        MapContent map = content(mapId, nodeId);
        byte[] png = PngRenderer.render(DiagramSvg.write(map, withQuotes));
        return new ExportedFile(name(map, nodeId, false, ".png"), name(map, nodeId, true, ".png"), "image/png", png);
    }

    private MapContent content(long mapId, @Nullable Long nodeId) {
        OpenedMap opened = maps.open(mapId);
        if (nodeId != null && opened.node(nodeId) == null) {
            throw new MapNotFoundException(mapId);
        }
        return contents.of(opened, nodeId);
    }

    private static String name(MapContent map, @Nullable Long nodeId, boolean unicode, String extension) {
        String stem = unicode ? FileNames.unicodeStem(map.title(), "map") : FileNames.stem(map.title(), "map");
        return stem + (nodeId == null ? "" : "-part") + "-diagram" + extension;
    }
}
