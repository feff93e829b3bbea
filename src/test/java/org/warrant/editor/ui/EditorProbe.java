package org.warrant.editor.ui;

import com.vaadin.flow.component.Component;
import org.warrant.maps.MapTree;

/**
 * What the benchmarks in {@code bench/} reach of the editor's package-private view: the view's class, to open
 * it, and the outline's commands, as a user's keys run them.
 */
public final class EditorProbe {

    private EditorProbe() {
    }

    public static Class<? extends Component> view() {
        return MapEditorView.class;
    }

    public static void selectFirstClaim(Component view) {
        MapEditorView editor = (MapEditorView) view;
        editor.outline.select(MapTree.of(editor.content.nodes()).roots().getFirst().id());
    }

    /** Enter on the selected row: a new sibling, opened for typing. */
    public static void addSibling(Component view) {
        ((MapEditorView) view).run(OutlinePane.OutlineCommand.ADD_SIBLING);
    }

    /** Escape in the row being typed in. */
    public static void stopTyping(Component view) {
        ((MapEditorView) view).outline.grid.getEditor().cancel();
    }

    /** The text of a node as the editor shows it now. */
    public static String shownText(Component view, long nodeId) {
        return ((MapEditorView) view).content.node(nodeId).text();
    }
}
