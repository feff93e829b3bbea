package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import org.warrant.export.OutlineService;
import org.warrant.maps.Citation;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.maps.Stance;

/**
 * Carries out the outline's keyboard commands through the edit service and records each in the undo
 * history. Works on node ids and reads current versions from the outline, so undo after other edits holds.
 */
class OutlineCommands {

    private final long mapId;
    private final MapEditService edits;
    private final OutlinePane outline;
    private final UndoHistory history;
    private final Runnable reload;

    OutlineCommands(long mapId, MapEditService edits, OutlinePane outline, UndoHistory history, Runnable reload) {
        this.mapId = mapId;
        this.edits = edits;
        this.outline = outline;
        this.history = history;
        this.reload = reload;
    }

    /** Adds a node after the selected one (a claim when nothing is selected) and opens it for typing. */
    MapNode addSibling() {
        MapNode sel = outline.selected().orElse(null);
        NodeKind kind = sel == null ? NodeKind.CLAIM : sel.kind() == NodeKind.EVIDENCE ? NodeKind.PREMISE : sel.kind();
        Long parent = sel == null ? null : sel.parentId();
        Integer position = sel == null ? null : sel.position() + 1;
        return addOpenForTyping(parent, position, kind);
    }

    /** A claim of the user's own words at the end of the map's claims, opened for typing (New claim with no quote). */
    MapNode addClaim() {
        return addOpenForTyping(null, null, NodeKind.CLAIM);
    }

    private MapNode addOpenForTyping(Long parent, Integer position, NodeKind kind) {
        MapNode added = edits.add(mapId, parent, position, kind, kind.defaultStance(), t("outline.new." + kind.name()));
        long[] id = {added.id()};
        history.record(new UndoHistory.Step("add", () -> edits.delete(history.resolve(id[0]), current(id[0]).version()),
                () -> id[0] = edits.add(mapId, parent, position, kind, kind.defaultStance(), added.text()).id()));
        reload.run();
        outline.select(added.id());
        outline.startEditing(added.id(), added.text()); // selected, so typing replaces the placeholder
        return added;
    }

    /**
     * Saves an inline edit begun on {@code base}. A change others made meanwhile to the node's place or kind
     * does not stand in the way; a change to its text does: the save is refused ({@link org.warrant.maps.StaleEditException})
     * and the user chooses between the two texts.
     */
    void editText(MapNode base, String text) {
        long nodeId = base.id();
        MapNode before = outline.node(history.resolve(nodeId));
        if (before == null) { // deleted by someone else while this user typed
            throw new org.warrant.maps.StaleEditException(null);
        }
        if (before.text().equals(text.strip())) {
            return;
        }
        edits.editText(nodeId, before.text().equals(base.text()) ? before.version() : base.version(), text);
        history.record(new UndoHistory.Step("edit", () -> setText(nodeId, before.text()), () -> setText(nodeId, text)));
        reload.run();
    }

    void indent() {
        MapNode sel = selected();
        List<MapNode> siblings = outline.siblingsOf(sel);
        int index = siblings.indexOf(sel);
        if (index <= 0) {
            throw new MapRuleException(t("outline.nothing-above"));
        }
        moveRecorded(sel, siblings.get(index - 1).id(), null);
    }

    void outdent() {
        MapNode sel = selected();
        if (sel.parentId() == null) {
            return;
        }
        MapNode parent = current(sel.parentId());
        moveRecorded(sel, parent.parentId(), parent.position() + 1);
    }

    void moveBy(int delta) {
        MapNode sel = selected();
        List<MapNode> siblings = outline.siblingsOf(sel);
        int index = siblings.indexOf(sel) + delta;
        if (index < 0 || index >= siblings.size()) {
            return;
        }
        MapNode other = siblings.get(index);
        moveRecorded(sel, sel.parentId(), delta < 0 ? other.position() : other.position() + 1);
    }

    /** Deletes a node without replies at once; one with replies once the user confirms. */
    void confirmDelete(MapNode node, OpenedMap content, boolean hasReplies, java.util.function.Consumer<Runnable> guarded) {
        if (!hasReplies) {
            delete(node, content);
            return;
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                t("outline.delete-confirm"),
                t("outline.delete-explain", ArticlePane.shortTitle(node.text())),
                t("outline.delete"), e -> guarded.accept(() -> delete(node, content)));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Adds an outline to the map (under {@code parentId}, or as claims when it is null) as one step of the
     * history: undo removes everything it added, redo adds it again.
     */
    List<Long> importOutline(OutlineService outlines, Long parentId, String markdown, Long articleId) {
        List<Long> added = outlines.importInto(mapId, parentId, markdown, articleId);
        List<Long> ids = new java.util.ArrayList<>(added);
        history.record(new UndoHistory.Step("import", () -> outlines.removeImported(mapId, ids.stream().map(history::resolve).toList()),
                () -> {
                    List<Long> again = outlines.importInto(mapId, parentId == null ? null : history.resolve(parentId), markdown, articleId);
                    ids.clear();
                    ids.addAll(again);
                }));
        reload.run();
        outline.expandAll(added);
        added.stream().findFirst().ifPresent(outline::select);
        return added;
    }

    /** Deletes the selected node (and replies); undo puts the whole subtree back. */
    void delete(MapNode node, OpenedMap content) {
        List<MapNode> subtree = content.tree().subtree(node);
        List<Long> ids = subtree.stream().map(MapNode::id).toList();
        List<Citation> cited = content.citations().stream().filter(c -> ids.contains(c.nodeId())).toList();
        edits.delete(node.id(), node.version());
        history.record(new UndoHistory.Step("delete",
                () -> history.renamedAll(edits.reinsert(mapId, subtree, cited)),
                () -> edits.delete(history.resolve(node.id()), current(node.id()).version())));
        reload.run();
    }

    void undo() {
        history.undo().ifPresent(step -> reload.run());
    }

    void redo() {
        history.redo().ifPresent(step -> reload.run());
    }

    void changeKind(MapNode node, NodeKind kind, Stance stance) {
        NodeKind oldKind = node.kind();
        Stance oldStance = node.stance();
        edits.changeKind(node.id(), node.version(), kind, stance);
        history.record(new UndoHistory.Step("kind",
                () -> edits.changeKind(history.resolve(node.id()), current(node.id()).version(), oldKind, oldStance),
                () -> edits.changeKind(history.resolve(node.id()), current(node.id()).version(), kind, stance)));
        reload.run();
    }

    /** Moves a node; the service may change its role with its place, so undo puts the old role back too. */
    void setUndercut(MapNode node, boolean value) {
        edits.setUndercut(node.id(), node.version(), value);
        history.record(new UndoHistory.Step("undercut",
                () -> edits.setUndercut(history.resolve(node.id()), current(node.id()).version(), !value),
                () -> edits.setUndercut(history.resolve(node.id()), current(node.id()).version(), value)));
        reload.run();
    }

    void linkWithAbove(MapNode node) {
        List<MapNode> siblings = outline.siblingsOf(node);
        int index = siblings.indexOf(node);
        if (index <= 0) {
            throw new MapRuleException(t("outline.link-needs-premise"));
        }
        long above = siblings.get(index - 1).id();
        edits.groupAsCoPremises(above, node.id());
        history.record(new UndoHistory.Step("link",
                () -> edits.ungroup(history.resolve(node.id())),
                () -> edits.groupAsCoPremises(history.resolve(above), history.resolve(node.id()))));
        reload.run();
    }

    void ungroup(MapNode node) {
        List<Long> partners = outline.siblingsOf(node).stream()
                .filter(n -> n.id() != node.id().longValue() && node.reasonGroup().equals(n.reasonGroup())).map(MapNode::id).toList();
        edits.ungroup(node.id());
        history.record(new UndoHistory.Step("unlink",
                () -> edits.groupAsCoPremises(history.resolve(partners.getFirst()), history.resolve(node.id())),
                () -> edits.ungroup(history.resolve(node.id()))));
        reload.run();
    }

    private void moveRecorded(MapNode node, Long newParent, Integer position) {
        Long oldParent = node.parentId();
        int oldPosition = node.position();
        edits.move(node.id(), node.version(), newParent, position);
        history.record(new UndoHistory.Step("move",
                () -> {
                    long id = history.resolve(node.id());
                    MapNode back = edits.move(id, current(id).version(), oldParent == null ? null : history.resolve(oldParent), oldPosition);
                    if (back.kind() != node.kind() || back.stance() != node.stance()) {
                        edits.changeKind(id, back.version(), node.kind(), node.stance());
                    }
                },
                () -> edits.move(history.resolve(node.id()), current(node.id()).version(), newParent == null ? null : history.resolve(newParent), position)));
        reload.run();
        outline.select(node.id());
    }

    private void setText(long nodeId, String text) {
        long id = history.resolve(nodeId);
        edits.editText(id, current(id).version(), text);
    }

    private MapNode selected() {
        return outline.selected().orElseThrow(() -> new MapRuleException(t("toolbar.select-node")));
    }

    private MapNode current(long nodeId) {
        MapNode n = outline.node(history.resolve(nodeId));
        if (n == null) {
            throw new MapRuleException(t("outline.node-gone"));
        }
        return n;
    }
}
