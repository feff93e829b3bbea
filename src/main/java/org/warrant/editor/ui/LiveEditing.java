package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.warrant.editor.EditingRooms;

/**
 * Who else is on this map, shown in the editor's header, and the editor's seat in its {@link EditingRooms} room:
 * taken when the editor is shown, given up when it goes. Rows others are editing are marked in the outline.
 */
class LiveEditing extends Div {

    static final int SHOWN_BY_NAME = 6;

    private final EditingRooms rooms;
    private final OutlinePane outline;
    private final long mapId;
    private final String username;
    private final String name;
    private final EditingRooms.Listener editor;
    private EditingRooms.Seat seat;
    List<EditingRooms.Presence> present = List.of();

    /** {@code editor} hears the others' changes; presence is this component's own business. */
    LiveEditing(EditingRooms rooms, OutlinePane outline, long mapId, String username, String name, EditingRooms.Listener editor) {
        this.rooms = rooms;
        this.outline = outline;
        this.mapId = mapId;
        this.username = username;
        this.name = name;
        this.editor = editor;
        addClassName("presence");
        getElement().setAttribute("aria-live", "polite");
        outline.grid.getEditor().addOpenListener(e -> editing(e.getItem()));
        outline.grid.getEditor().addCloseListener(e -> editing(null));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        seat = rooms.join(mapId, event.getUI(), username, name, editor, this::show);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (seat != null) {
            rooms.leave(seat);
            seat = null;
        }
    }

    private void editing(Long nodeId) {
        if (seat != null) {
            rooms.editing(seat, nodeId);
        }
    }

    /** Shows the people on the map (the user first), and marks what the others are editing. */
    void show(List<EditingRooms.Presence> people) {
        present = people;
        removeAll();
        // one line per person, however many windows they have open: the one editing a node speaks for them
        List<EditingRooms.Presence> others = people.stream().filter(p -> !p.username().equals(username))
                .collect(java.util.stream.Collectors.toMap(EditingRooms.Presence::username, p -> p,
                        (x, y) -> x.editing() != null ? x : y, java.util.LinkedHashMap::new))
                .values().stream().toList();
        if (others.isEmpty()) {
            outline.markEditedByOthers(Map.of());
            return; // alone: nothing worth a line
        }
        add(new Span(t("live.also-here")));
        Map<Long, String> editedByOthers = new HashMap<>();
        int shown = 0;
        // those editing first; a full room is summed up, not listed
        for (EditingRooms.Presence p : others.stream().sorted(java.util.Comparator.comparing(p -> p.editing() == null)).toList()) {
            boolean editingNode = p.editing() != null && outline.node(p.editing()) != null;
            if (editingNode) {
                editedByOthers.put(p.editing(), p.name());
            }
            if (shown++ < SHOWN_BY_NAME) {
                Span person = new Span(p.name());
                person.addClassName("presence-person");
                if (editingNode) {
                    Span what = new Span(" " + t("live.editing", ArticlePane.shortTitle(outline.node(p.editing()).text())));
                    what.addClassName("presence-editing");
                    person.add(what);
                }
                add(person);
            }
        }
        if (others.size() > SHOWN_BY_NAME) {
            add(new Span(t("live.more", others.size() - SHOWN_BY_NAME)));
        }
        outline.markEditedByOthers(editedByOthers);
    }

    /** After the map changed, the texts of the nodes others are editing may have changed too. */
    void refresh() {
        if (present.stream().anyMatch(p -> p.editing() != null && !p.username().equals(username))) {
            show(present);
        }
    }
}
