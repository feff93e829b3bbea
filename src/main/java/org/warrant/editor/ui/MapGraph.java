package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.warrant.editor.EditorDataEndpoint;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.warrant.maps.NodeRole;
import org.warrant.ui.Text;

/**
 * The map as a box-and-arrow diagram ({@code frontend/components/map-graph.js}). The component fetches the
 * map from {@link EditorDataEndpoint} itself: the server only sends a URL and the selected node's id, so the
 * diagram's data never sits in the UI state that Vaadin keeps per open editor.
 */
@Tag("warrant-map-graph")
@JsModule("./components/map-graph.js")
@NpmPackage(value = "d3-flextree", version = "2.1.2")
@NpmPackage(value = "d3-selection", version = "3.0.0")
@NpmPackage(value = "d3-zoom", version = "3.0.0")
class MapGraph extends Component implements HasSize {

    /** What the diagram says itself, and the role names it puts on boxes (the server sends each box's role). */
    static final List<String> MESSAGES = Stream.concat(Stream.of("graph.label", "graph.roledescription", "graph.zoom-in",
            "graph.zoom-out", "graph.fit", "graph.fit-title", "graph.drawing", "graph.empty", "graph.failed", "graph.top",
            "graph.no-replies", "graph.first", "graph.last", "graph.reply", "graph.replies", "graph.linked", "graph.passage",
            "graph.passages"), Arrays.stream(NodeRole.values()).map(r -> "node-role." + r.name())).toList();

    private final long mapId;
    private long drawn;

    MapGraph(long mapId, LongConsumer onNodeClick) {
        this.mapId = mapId;
        getElement().setAttribute("aria-label", t("editor.diagram"));
        getElement().setPropertyMap("messages", Text.messages(MESSAGES));
        getElement().addEventListener("node-click", e -> onNodeClick.accept((long) e.getEventData().get("event.detail.id").asDouble()))
                .addEventData("event.detail.id");
    }

    /** Redraws from the server's current state; each call gives the component a new URL, so it fetches again. */
    void refresh() {
        getElement().setAttribute("src", EditorDataEndpoint.graphPath(mapId) + "?v=" + (++drawn));
    }

    void select(Long nodeId) {
        if (nodeId == null) {
            getElement().removeAttribute("selected");
        } else {
            getElement().setAttribute("selected", Long.toString(nodeId));
        }
    }
}
