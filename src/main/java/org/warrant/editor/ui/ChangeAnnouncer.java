package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;
import org.warrant.ui.Counted;
import org.warrant.ui.Text;

/**
 * Tells screen readers, politely, what groupmates changed in the map: one short sentence per change that
 * reaches this editor ("A groupmate added 1 node and changed 2."), never their keystrokes, which stay in the
 * row until saved. Invisible on screen, where the outline and the diagram show the change.
 */
class ChangeAnnouncer extends Div {

    ChangeAnnouncer() {
        addClassName("sr-only");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
    }

    void announce(OpenedMap before, OpenedMap after) {
        String said = sentence(before, after);
        if (!said.isEmpty()) {
            setText(said);
        }
    }

    /** "A groupmate added 1 node, removed 2 and changed 1." or empty when no node changed. */
    static String sentence(OpenedMap before, OpenedMap after) {
        Map<Long, MapNode> old = before.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
        Map<Long, MapNode> now = after.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
        long added = now.keySet().stream().filter(id -> !old.containsKey(id)).count();
        long removed = old.keySet().stream().filter(id -> !now.containsKey(id)).count();
        long changed = now.values().stream().filter(n -> old.containsKey(n.id()) && !java.util.Objects.equals(old.get(n.id()).version(), n.version())).count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(t("announce.added", Counted.of(added, "count.nodes")));
        }
        if (removed > 0) {
            parts.add(t("announce.removed", parts.isEmpty() ? Counted.of(removed, "count.nodes") : Text.number(removed)));
        }
        if (changed > 0) {
            parts.add(t("announce.changed", parts.isEmpty() ? Counted.of(changed, "count.nodes") : Text.number(changed)));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.removeLast();
        return t("announce.sentence", parts.isEmpty() ? last : t("announce.and", String.join(t("common.comma") + " ", parts), last));
    }
}
