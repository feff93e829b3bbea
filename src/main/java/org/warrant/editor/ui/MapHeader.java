package org.warrant.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.warrant.maps.ArgumentMap;
import org.warrant.ui.Links;

/**
 * The editor's top bar: the way back, the map's title, Export, Import (for editors), and then either the editing tools or, for
 * readers, what the map is to them and how to work on it; and who else is on the map.
 */
class MapHeader extends Div {

    final Button comments = new Button("Comments");
    final Button importing = new Button("Import");

    MapHeader(ArgumentMap map, boolean editable, NodeToolbar toolbar, LiveEditing live, Runnable onExport, Runnable onCopy) {
        H1 heading = new H1(map.title());
        heading.addClassName("map-title");
        Button export = new Button("Export", e -> onExport.run()); // text only, like Comments and History: an icon is one more component per open editor
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.addClassName("export-button");
        Anchor history = Links.to("History", "maps/" + map.id() + "/history");
        history.addClassName("history-link");
        comments.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        comments.addClassName("comments-button");
        importing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importing.addClassName("import-button");
        importing.getElement().setAttribute("title", "Add an outline or a hand-written list to this map");
        importing.setVisible(editable);
        add(new RouterLink("← Maps", MapsView.class), heading, export, importing, comments, history);
        if (editable) {
            add(toolbar);
        } else {
            add(readOnlyNotice(map, onCopy)); // editing tools would only be greyed out
        }
        add(live);
        addClassName("map-header");
    }

    private static Div readOnlyNotice(ArgumentMap map, Runnable onCopy) {
        Button copy = MapEditorView.tool("Make my own copy", onCopy);
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String what = map.readOnly() ? "made from other maps, it records what they share"
                : map.seminarId() == null ? "shared by " + map.owner()
                : map.groupId() == null ? map.owner() + "'s work for the seminar" : "a group's work for the seminar";
        Div notice = new Div(new Span("Read-only: " + what + "."), copy);
        notice.addClassName("read-only-notice");
        return notice;
    }
}
