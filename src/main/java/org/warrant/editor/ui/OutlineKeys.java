package org.warrant.editor.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import org.warrant.editor.ui.OutlinePane.OutlineCommand;

/**
 * The outline's keys, caught by one keydown listener on the grid. One listener with one filter replaces nine
 * shortcut registrations, each of which kept its own listener, filter script and bookkeeping per open editor.
 * The browser sends only the keys below, and only from the grid itself: inside the inline text field Delete,
 * arrows and Ctrl+Z keep their usual meaning for the text.
 */
final class OutlineKeys {

    static final String KEY = "event.key";
    static final String SHIFT = "event.shiftKey";
    static final String CTRL = "(event.ctrlKey || event.metaKey)";
    static final String ALT = "event.altKey";

    // Only these reach the server, and for them the browser's own action (focus moves on Tab) is prevented.
    static final String FILTER = """
            !event.composedPath().some(n => n.localName === 'vaadin-text-field') && (\
            (['Enter', 'F2', 'Delete'].includes(event.key) && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) \
            || (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) \
            || (['ArrowUp', 'ArrowDown'].includes(event.key) && event.altKey) \
            || (['z', 'Z'].includes(event.key) && (event.ctrlKey || event.metaKey) && !event.altKey))""";

    private OutlineKeys() {
    }

    static void listen(Element grid, Consumer<OutlineCommand> onCommand) {
        grid.addEventListener("keydown", e -> command(e).ifPresent(onCommand))
                .addEventData(KEY).addEventData(SHIFT).addEventData(CTRL).addEventData(ALT)
                .setFilter(FILTER).preventDefault();
    }

    static Optional<OutlineCommand> command(DomEvent event) {
        var data = event.getEventData();
        return command(data.path(KEY).asString(""), data.path(SHIFT).asBoolean(false),
                data.path(CTRL).asBoolean(false), data.path(ALT).asBoolean(false));
    }

    static Optional<OutlineCommand> command(String key, boolean shift, boolean ctrl, boolean alt) {
        if (ctrl) {
            return key.equalsIgnoreCase("z") && !alt
                    ? Optional.of(shift ? OutlineCommand.REDO : OutlineCommand.UNDO) : Optional.empty();
        }
        if (alt) {
            return switch (key) {
                case "ArrowUp" -> Optional.of(OutlineCommand.MOVE_UP);
                case "ArrowDown" -> Optional.of(OutlineCommand.MOVE_DOWN);
                default -> Optional.empty();
            };
        }
        return switch (key) {
            case "Enter" -> shift ? Optional.empty() : Optional.of(OutlineCommand.ADD_SIBLING);
            case "Tab" -> Optional.of(shift ? OutlineCommand.OUTDENT : OutlineCommand.INDENT);
            case "F2" -> Optional.of(OutlineCommand.EDIT);
            case "Delete" -> Optional.of(OutlineCommand.DELETE);
            default -> Optional.empty();
        };
    }
}
