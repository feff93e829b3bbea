package org.warrant.history.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.warrant.history.MapHistoryService;
import org.warrant.maps.MapActivity;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.ui.Dates;
import org.warrant.ui.Links;
import org.warrant.ui.NotFound;
import org.warrant.ui.Text;

/**
 * A map's history, to step through: every change and comment with who made it and when, and beside it the
 * map as it stood after the chosen step, its node marked. Play steps on by itself, one step a second.
 */
@Route("maps/:id([0-9]{1,18})/history")
@PermitAll
class MapHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dates when = Dates.dateAndTime();

    private final MapService maps;
    private final MapHistoryService history;
    final Grid<MapActivity> steps = new Grid<>();
    final TreeGrid<MapNode> mapThen = new TreeGrid<>();
    final Span position = new Span();
    final Paragraph caption = new Paragraph();
    final Button play = new Button(t("history.play"), VaadinIcon.PLAY.create());
    List<MapActivity> lines = List.of();
    int at = -1;
    private long mapId;
    private String title = t("history.default-title");
    private com.vaadin.flow.shared.Registration polling;

    MapHistoryView(MapService maps, MapHistoryService history) {
        this.maps = maps;
        this.history = history;
        addClassNames("page", "map-history");
        steps.addColumn(a -> when.format(a.at())).setHeader(t("history.when")).setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(MapActivity::name).setHeader(t("history.who")).setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(MapActivity::summary).setHeader(t("history.what")).setFlexGrow(1);
        steps.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(a -> {
            if (lines.indexOf(a) != at) {
                go(lines.indexOf(a));
            }
        }));
        mapThen.addHierarchyColumn(MapNode::text).setHeader(t("history.map-after"))
                .setPartNameGenerator(n -> Text.rightToLeft(n.text()) ? "text-rtl" : "text-ltr"); // each text its own direction
        mapThen.setPartNameGenerator(n -> at >= 0 && n.id().equals(lines.get(at).nodeId()) ? "replay-current" : null);
        play.addClickListener(e -> togglePlay());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            mapId = event.getRouteParameters().getLong("id").orElseThrow(() -> new MapNotFoundException(-1));
            title = t("history.title", maps.open(mapId).map().title());
            lines = history.history(mapId);
        } catch (MapNotFoundException e) {
            title = t("editor.not-found");
            add(new NotFound(t("editor.not-found"), t("editor.not-found-text"), Links.to(t("editor.go-to-maps"), "maps")));
            return;
        }
        Div controls = new Div(button(t("history.first"), () -> go(0)), button(t("history.previous"), () -> go(at - 1)), position,
                button(t("history.next"), () -> go(at + 1)), button(t("history.last"), () -> go(lines.size() - 1)), play);
        controls.addClassName("history-controls");
        Div panes = new Div(steps, new Div(caption, mapThen));
        panes.addClassName("history-panes");
        add(Links.to(t("history.back"), "maps/" + mapId), new H1(title));
        if (lines.isEmpty()) {
            add(new Paragraph(t("history.nothing")));
            return;
        }
        steps.setItems(lines);
        add(controls, panes);
        go(lines.size() - 1);
    }

    /** Shows the map after step {@code index} (0 is the first change). */
    void go(int index) {
        if (lines.isEmpty()) {
            return;
        }
        at = Math.max(0, Math.min(lines.size() - 1, index));
        MapActivity step = lines.get(at);
        MapTree tree = history.asOf(mapId, step.at());
        mapThen.setItems(tree.roots(), n -> tree.children(n.id()));
        mapThen.expandRecursively(tree.roots(), Integer.MAX_VALUE);
        position.setText(t("history.step", at + 1, lines.size()));
        caption.setText(when.format(step.at()) + " · " + step.name() + " " + step.summary());
        steps.select(step);
        steps.scrollToIndex(at);
        if (at == lines.size() - 1 && isPlaying()) {
            togglePlay();
        }
    }

    private boolean isPlaying() {
        return getUI().map(ui -> ui.getPollInterval() > 0).orElse(false);
    }

    private void togglePlay() {
        getUI().ifPresent(ui -> {
            boolean start = !isPlaying();
            if (start && at == lines.size() - 1) {
                go(0);
            }
            ui.setPollInterval(start ? 1000 : -1); // each poll is a round trip that steps on (see onAttach)
            play.setText(t(start ? "history.pause" : "history.play"));
            play.setIcon(start ? VaadinIcon.PAUSE.create() : VaadinIcon.PLAY.create());
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            if (isAttached() && isPlaying()) {
                go(at + 1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        polling.remove();
    }

    private static Button button(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }
}
