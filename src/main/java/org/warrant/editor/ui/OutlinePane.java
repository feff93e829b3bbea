package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.warrant.editor.ArticleLetters;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeRole;
import org.warrant.ui.Text;
import org.warrant.maps.OpenedMap;

/**
 * The map as an indented tree, edited with the keyboard alone. Keys are turned into {@link OutlineCommand}s
 * for the editor to carry out; rows are keyed by node id, since a node's record changes with every edit.
 */
class OutlinePane extends Div {

    enum OutlineCommand { ADD_SIBLING, INDENT, OUTDENT, MOVE_UP, MOVE_DOWN, EDIT, DELETE, UNDO, REDO }

    static final int FULLY_EXPANDED_UP_TO = 500;

    final TreeGrid<Long> grid = new TreeGrid<>();
    private final Grid.Column<Long> roleColumn;
    private final Grid.Column<Long> passagesColumn;
    TextField editor; // made on the first inline edit: most editors are opened to read, and the field is state kept per editor
    private Grid.Column<Long> textColumn;
    private final OutlineData data = new OutlineData();
    private OpenedMap content;
    private final Consumer<OutlineCommand> onCommand;
    private final EditCommit onEditCommit;

    /** A finished inline edit: the node as it was when editing began, and the text typed. */
    interface EditCommit {
        void commit(MapNode base, String text);
    }

    private MapNode editBase;
    private OpenedMap waiting; // someone else's change, held back while this user types in a row
    private Map<Long, String> editedByOthers = Map.of();
    private Map<Long, Integer> openComments = Map.of();

    OutlinePane(Consumer<OutlineCommand> onCommand, EditCommit onEditCommit, Consumer<Optional<MapNode>> onSelect) {
        this.onCommand = onCommand;
        this.onEditCommit = onEditCommit;
        addClassName("outline-pane");
        textColumn = grid.addHierarchyColumn(id -> node(id).text()).setHeader(t("outline.argument")).setFlexGrow(1).setKey("text");
        // A node's text runs in its own direction in either interface language (dir="auto" for a grid cell).
        textColumn.setPartNameGenerator(id -> Text.rightToLeft(node(id).text()) ? "text-rtl" : "text-ltr");
        // The role column also counts open comments: one column less is state every open editor saves.
        roleColumn = grid.addColumn(id -> t("node-role." + NodeRole.of(node(id), parentOf(id)).name()) + (openComments.containsKey(id) ? " · " + Text.number(openComments.get(id)) + " 💬" : ""))
                .setHeader(t("outline.role")).setWidth("11rem").setFlexGrow(0); // room for "Evidence against · 2 💬"; auto width is measured once
        passagesColumn = grid.addColumn(this::passages).setHeader(t("outline.passages")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(id -> partNames(node(id)) + (editedByOthers.containsKey(id) ? " remote-editing" : ""));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(e -> onSelect.accept(e.getFirstSelectedItem().map(this::node)));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(id -> grid.select(id)));
        grid.setAllRowsVisible(false);
        grid.setDataProvider(data);
        grid.getElement().setAttribute("aria-label", t("outline.label"));
        leaveWithEscape();
        grid.getEditor().setBinder(new com.vaadin.flow.data.binder.Binder<>()); // the text is saved by the service, not bound
        grid.getEditor().addCloseListener(e -> {
            if (waiting != null) {
                OpenedMap latest = waiting;
                waiting = null;
                update(latest);
            }
        });
        shortcuts();
        add(grid);
    }

    /** How many passages the node cites; in a map on several articles, which (by tab letter); and any to re-attach. */
    private String passages(long id) {
        List<Citation> cited = content.citationsOf(id);
        long lost = cited.stream().filter(Citation::orphaned).count();
        String letters = ArticleLetters.of(content, id);
        return Text.number(cited.size() - lost) + (letters.isEmpty() ? "" : " · " + letters) + (lost == 0 ? "" : " · " + t("outline.to-reattach", lost));
    }

    /** On a small screen: whole texts over several lines; passage counts (also on the diagram) give way to them. */
    void narrow() {
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        roleColumn.setWidth("6.5rem");
        passagesColumn.setVisible(false);
    }

    private void shortcuts() {
        OutlineKeys.listen(grid.getElement(), command -> {
            if (!grid.getEditor().isOpen()) {
                onCommand.accept(command);
            }
        });
        // Typing a letter on a row starts editing it with that letter, as in a spreadsheet (Space still selects).
        grid.getElement().executeJs("""
                const pane = $0;
                this.addEventListener('keydown', e => {
                  if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.altKey && !e.metaKey && !e.composedPath().some(n => n.localName === 'vaadin-text-field')) {
                    e.preventDefault(); pane.$server.typed(e.key);
                  }
                });""", getElement());
    }

    /**
     * A way out of the outline, whose Tab indents: Escape moves on to the diagram, and Shift+Tab from
     * there comes back. Said to screen readers with the outline's description; all in the browser.
     */
    private void leaveWithEscape() {
        Span hint = new Span(t("outline.keys"));
        hint.setId("outline-keys-" + System.identityHashCode(this));
        hint.addClassName("sr-only");
        grid.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        add(hint);
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Escape' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey
                      || e.composedPath().some(n => n.localName === 'vaadin-text-field')) return;
                  const graph = document.querySelector('warrant-map-graph');
                  const next = graph && graph.shadowRoot && graph.shadowRoot.querySelector('svg');
                  if (next) { e.preventDefault(); next.focus(); }
                });""");
    }

    /** The inline text field, made when first needed. */
    private TextField editor() {
        if (editor == null) {
            editor = new TextField();
            editor.setWidthFull();
            editor.setMaxLength(org.warrant.maps.MapRules.MAX_TEXT_LENGTH);
            // Enter (or leaving the field) saves and Escape cancels; the outline's keys wait meanwhile.
            editor.addKeyDownListener(Key.ENTER, e -> commitEdit());
            editor.addKeyDownListener(Key.ESCAPE, e -> grid.getEditor().cancel());
            editor.addBlurListener(e -> commitEdit()); // the user went elsewhere: the focus stays where they put it
            // Enter and Escape end the edit and hand the focus back to the row's cell at once, in the browser, so the
            // outline's keys (arrows, Ctrl+Z) work on; left to the server, the focus fell to the page when the field went.
            editor.getElement().executeJs("""
                    this.addEventListener('keydown', e => {
                      if (!['Enter', 'Escape', 'Tab'].includes(e.key)) return;
                      e.stopPropagation();
                      if (e.key === 'Tab') return;
                      const content = this.closest('vaadin-grid-cell-content');
                      const cell = content && content.assignedSlot && content.assignedSlot.parentElement;
                      if (cell) requestAnimationFrame(() => cell.focus());
                    });""");
            textColumn.setEditorComponent(editor);
        }
        return editor;
    }

    void show(OpenedMap newContent) {
        Optional<Long> selected = selectedId();
        boolean first = content == null;
        content = newContent;
        data.show(newContent);
        if (first) {
            // A small map opens fully expanded; a large one opens two levels deep (claims and their reasons),
            // since every expanded row is state the grid keeps per open editor.
            int depth = content.nodes().size() <= FULLY_EXPANDED_UP_TO ? Integer.MAX_VALUE : 1;
            grid.expandRecursively(content.tree().roots().stream().map(MapNode::id).toList(), depth);
        }
        selected.filter(id -> content.node(id) != null).ifPresentOrElse(this::select, grid::deselectAll);
    }

    /**
     * Shows someone else's change: the rows follow the new state, but the selection stays and nothing scrolls or
     * takes the focus. While the user types in a row, the rows wait and catch up when the row closes.
     */
    void update(OpenedMap newContent) {
        if (grid.getEditor().isOpen()) {
            waiting = newContent; // any refresh of the grid's data would close the row being typed in
            return;
        }
        content = newContent;
        data.show(newContent);
        if (selectedId().filter(id -> content.node(id) == null).isPresent()) {
            grid.deselectAll();
        }
    }

    /** Marks the rows that others are editing now (node id to their name). */
    void markEditedByOthers(Map<Long, String> editing) {
        Map<Long, String> before = editedByOthers;
        editedByOthers = Map.copyOf(editing);
        resendChanged(before, editedByOthers);
    }

    /** Open comment threads per node, counted in the Role column. */
    void showOpenComments(Map<Long, Integer> open) {
        Map<Long, Integer> before = openComments;
        openComments = Map.copyOf(open);
        resendChanged(before, openComments);
    }

    /**
     * Sends again the rows whose mark differs between {@code before} and {@code after}, past the data provider,
     * whose refresh events would close this user's own open row (which is left as it is).
     */
    private void resendChanged(Map<Long, ?> before, Map<Long, ?> after) {
        java.util.Set<Long> rows = new java.util.HashSet<>(before.keySet());
        rows.addAll(after.keySet());
        Long mine = grid.getEditor().isOpen() ? grid.getEditor().getItem() : null;
        rows.stream().filter(id -> !java.util.Objects.equals(before.get(id), after.get(id)))
                .filter(id -> content.node(id) != null && !id.equals(mine))
                .forEach(grid.getDataCommunicator()::refresh);
    }

    void select(long nodeId) {
        for (Long at = parentId(nodeId); at != null; at = parentId(at)) {
            grid.expand(at);
        }
        grid.select(nodeId);
        grid.scrollToItem(nodeId);
        grid.focus();
    }

    /** Opens these nodes and everything under them (what an import just added). */
    void expandAll(java.util.List<Long> nodeIds) {
        grid.expandRecursively(nodeIds, MapRules.MAX_DEPTH);
    }

    Optional<Long> selectedId() {
        return grid.getSelectedItems().stream().findFirst();
    }

    Optional<MapNode> selected() {
        return selectedId().map(content::node);
    }

    MapNode node(long id) {
        return content.node(id);
    }

    List<MapNode> siblingsOf(MapNode n) {
        return content.tree().childrenOf(n.parentId());
    }

    boolean hasChildren(long id) {
        return !content.tree().children(id).isEmpty();
    }

    /** Opens the row's text for editing; a whole text is selected (to overtype), a typed letter is continued. */
    void startEditing(long nodeId, String initialText) {
        editBase = content.node(nodeId);
        TextField field = editor();
        grid.getEditor().editItem(nodeId);
        field.setValue(initialText);
        // The field is put into the row on the client after this response; focus it once it is there.
        editor.getElement().executeJs("""
                requestAnimationFrame(() => { this.focus();
                  const input = this.inputElement; if (!input) return;
                  if ($0) input.select(); else input.setSelectionRange(input.value.length, input.value.length); });""",
                initialText.length() > 1);
    }

    @ClientCallable
    void typed(String letter) {
        selectedId().ifPresent(id -> startEditing(id, letter));
    }

    void commitEdit() {
        Long id = grid.getEditor().isOpen() ? grid.getEditor().getItem() : null;
        if (id != null) {
            String text = editor.getValue();
            MapNode base = editBase != null && editBase.id().equals(id) ? editBase : content.node(id);
            grid.getEditor().closeEditor();
            onEditCommit.commit(base, text);
        }
    }


    private Long parentId(long id) {
        MapNode n = content.node(id);
        return n == null ? null : n.parentId();
    }

    private MapNode parentOf(long id) {
        Long p = parentId(id);
        return p == null ? null : content.node(p);
    }

    /** The row's parts for the stylesheet: its kind and stance. */
    private static String partNames(MapNode node) {
        return "kind-" + node.kind().name().toLowerCase(Locale.ROOT) + " stance-" + node.stance().name().toLowerCase(Locale.ROOT);
    }
}
