package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/** From selected text to map (new claim, evidence, citation) and the selected node's kind and stance. */
class NodeToolbar extends Div {

    final Button newClaim;
    final Button evidence;
    final Button reason;
    final Button objection;
    final Button cite;
    final Select<NodeKind> kind = new Select<>();
    final Select<Stance> stance = new Select<>();
    final Button link;
    final Checkbox undercut = new Checkbox(t("toolbar.undercut"));
    private final MapEditorView editor;
    private boolean updating;

    NodeToolbar(MapEditorView editor) {
        this.editor = editor;
        addClassName("node-toolbar");
        newClaim = MapEditorView.tool(t("toolbar.new-claim"), this::newClaim);
        newClaim.getElement().setAttribute("title", t("toolbar.new-claim-tip"));
        // The selected words become, under the selected node: evidence, a reason, an objection, or one more citation.
        evidence = MapEditorView.tool(t("toolbar.evidence"), () -> withSelection(true, this::evidenceFrom));
        evidence.getElement().setAttribute("title", t("toolbar.evidence-tip"));
        reason = MapEditorView.tool(t("toolbar.reason"), () -> withSelection(true, s -> replyFrom(s, NodeKind.PREMISE)));
        reason.getElement().setAttribute("title", t("toolbar.reason-tip"));
        objection = MapEditorView.tool(t("toolbar.objection"), () -> withSelection(true, s -> replyFrom(s, NodeKind.OBJECTION)));
        objection.getElement().setAttribute("title", t("toolbar.objection-tip"));
        cite = MapEditorView.tool(t("toolbar.cite"), () -> withSelection(true, this::citeFrom));
        cite.getElement().setAttribute("title", t("toolbar.cite-tip"));
        reason.addClickShortcut(Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT).listenOn(editor);
        Shortcuts.addShortcutListener(editor, () -> withSelection(true, this::siblingFrom), Key.KEY_A, KeyModifier.ALT, KeyModifier.SHIFT);
        objection.addClickShortcut(Key.KEY_O, KeyModifier.ALT, KeyModifier.SHIFT).listenOn(editor);
        kind.setItems(NodeKind.values());
        kind.setItemLabelGenerator(k -> t("node-kind." + k.name()));
        kind.setAriaLabel(t("toolbar.kind-label"));
        kind.setPlaceholder(t("toolbar.kind"));
        stance.setItems(Stance.PRO, Stance.CON);
        stance.setItemLabelGenerator(s -> t(s == Stance.PRO ? "toolbar.pro" : "toolbar.con"));
        stance.setAriaLabel(t("toolbar.stance-label"));
        stance.setPlaceholder(t("toolbar.stance"));
        kind.addValueChangeListener(e -> changeKind(e.getValue(), stance.getValue(), e.isFromClient()));
        stance.addValueChangeListener(e -> changeKind(kind.getValue(), e.getValue(), e.isFromClient()));
        link = MapEditorView.tool(t("toolbar.link"), this::toggleLink);
        link.getElement().setAttribute("title", t("toolbar.link-tip"));
        undercut.getElement().setAttribute("title", t("toolbar.undercut-tip"));
        undercut.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                editor.outline.selected().ifPresent(n -> editor.guarded(() -> editor.commands().setUndercut(n, e.getValue())));
            }
        });
        Span fromSelection = new Span(t("toolbar.quote-as")); // the words selected in the article, under the selected node
        fromSelection.getElement().setAttribute("title", t("toolbar.quote-as-tip"));
        fromSelection.addClassName("toolbar-label");
        fromSelection.getStyle().set("align-self", "center").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        add(newClaim, fromSelection, evidence, reason, objection, cite, kind, stance, link, undercut);
    }

    /** A claim quoting the article's selected words; with none selected, one the user types (issue 17). */
    void newClaim() {
        editor.articles().readSelection(selection -> editor.guarded(() -> {
            if (selection == null) {
                editor.commands().addClaim();
            } else {
                newClaimFrom(selection);
                editor.articles().clearSelection();
            }
        }));
    }

    /** A claim whose text is the selected quote, citing it. */
    void newClaimFrom(ArticlePane.Selection s) {
        var claim = editor.edits().add(editor.mapId, null, null, NodeKind.CLAIM, Stance.NONE, quoteOf(s));
        editor.edits().cite(claim.id(), s.articleId(), s.start(), s.end());
        editor.reload();
        editor.outline.select(claim.id());
    }

    /** Evidence under the selected node, citing the selection; its text is the quote until edited. */
    void evidenceFrom(ArticlePane.Selection s) {
        MapNode parent = editor.outline.selected().orElseThrow();
        var added = editor.edits().addEvidence(editor.mapId, parent.id(), s.articleId(), s.start(), s.end(), Stance.PRO, null);
        editor.reload();
        editor.outline.select(added.id());
    }

    /**
     * A reason for (or an objection to) the selected node in one step, its text the selected quote, citing it:
     * what took three steps before (evidence, then change its kind).
     */
    void replyFrom(ArticlePane.Selection s, NodeKind kind) {
        MapNode parent = editor.outline.selected().orElseThrow();
        var added = editor.edits().add(editor.mapId, parent.id(), null, kind, kind.defaultStance(), quoteOf(s));
        editor.edits().cite(added.id(), s.articleId(), s.start(), s.end());
        editor.reload();
        editor.outline.select(added.id());
    }

    /**
     * Another node like the selected one, under the same parent, quoting the selection (Alt+Shift+A): adding
     * several pieces of evidence or reasons to one node without going back to select it each time.
     */
    void siblingFrom(ArticlePane.Selection s) {
        MapNode like = editor.outline.selected().orElseThrow();
        if (like.parentId() == null) {
            newClaimFrom(s);
            return;
        }
        MapNode added = like.kind() == NodeKind.EVIDENCE
                ? editor.edits().addEvidence(editor.mapId, like.parentId(), s.articleId(), s.start(), s.end(), like.stance(), null)
                : editor.edits().add(editor.mapId, like.parentId(), null, like.kind(), like.stance(), quoteOf(s));
        if (like.kind() != NodeKind.EVIDENCE) {
            editor.edits().cite(added.id(), s.articleId(), s.start(), s.end());
        }
        editor.reload();
        editor.outline.select(added.id());
    }

    /**
     * Adds the selection to the selected node's citations. A node still worded as its quote then reads as all
     * its quotes joined with "…", in the article's order; one the user has reworded is offered that text.
     */
    void citeFrom(ArticlePane.Selection s) {
        MapNode node = editor.outline.selected().orElseThrow();
        String before = JoinedQuotes.of(editor.content, node.id());
        editor.edits().cite(node.id(), s.articleId(), s.start(), s.end());
        editor.reload();
        String joined = JoinedQuotes.of(editor.content, node.id());
        MapNode now = editor.content.node(node.id());
        if (now == null || joined.equals(now.text()) || joined.length() > org.warrant.maps.MapRules.MAX_TEXT_LENGTH) {
            return;
        }
        if (now.text().equals(before)) {
            editor.commands().editText(now, joined);
        } else {
            JoinedQuotes.offer(joined, () -> editor.guarded(() -> editor.commands().editText(editor.content.node(node.id()), joined)));
        }
    }

    void update(Optional<MapNode> selected, boolean editable) {
        updating = true;
        newClaim.setEnabled(editable);
        evidence.setEnabled(editable && selected.isPresent());
        boolean canHaveReplies = editable && selected.isPresent() && !editor.isKind(selected, NodeKind.EVIDENCE);
        reason.setEnabled(canHaveReplies);
        objection.setEnabled(canHaveReplies);
        cite.setEnabled(editable && selected.isPresent());
        kind.setEnabled(editable && selected.isPresent());
        stance.setEnabled(editable && editor.isKind(selected, NodeKind.EVIDENCE));
        boolean reason = editor.isKind(selected, NodeKind.PREMISE) || editor.isKind(selected, NodeKind.OBJECTION);
        boolean grouped = selected.map(n -> n.reasonGroup() != null).orElse(false);
        String linkLabel = t(grouped ? "toolbar.unlink" : "toolbar.link");
        if (!linkLabel.equals(link.getText())) {
            link.setText(linkLabel);
        }
        link.setEnabled(editable && reason);
        undercut.setEnabled(editable && editor.isKind(selected, NodeKind.OBJECTION));
        undercut.setValue(selected.map(MapNode::undercut).orElse(false));
        kind.setValue(selected.map(MapNode::kind).orElse(null));
        stance.setValue(selected.map(MapNode::stance).filter(s -> s != Stance.NONE).orElse(null));
        updating = false;
    }

    /** Joins the selected reason with the sibling above into one linked reason, or takes it out of its group. */
    private void toggleLink() {
        editor.outline.selected().ifPresent(node -> editor.guarded(() -> {
            if (node.reasonGroup() != null) {
                editor.commands().ungroup(node);
            } else {
                editor.commands().linkWithAbove(node);
            }
        }));
    }

    private void changeKind(NodeKind newKind, Stance newStance, boolean fromUser) {
        if (updating || !fromUser || newKind == null) {
            return;
        }
        editor.outline.selected().ifPresent(node -> editor.guarded(() -> editor.commands().changeKind(node, newKind,
                newStance == null ? newKind.defaultStance() : newStance)));
    }

    /** Reads the article selection, then runs the step with it; says so when nothing usable is selected. */
    void withSelection(boolean needsNode, java.util.function.Consumer<ArticlePane.Selection> step) {
        if (needsNode && editor.outline.selected().isEmpty()) {
            com.vaadin.flow.component.notification.Notification.show(t("toolbar.select-node"));
            return;
        }
        editor.articles().readSelection(selection -> {
            if (selection == null) {
                com.vaadin.flow.component.notification.Notification.show(t("toolbar.select-words"));
            } else {
                editor.guarded(() -> {
                    step.accept(selection);
                    editor.articles().clearSelection(); // quoted: the highlight takes the selection's place
                });
            }
        });
    }

    private String quoteOf(ArticlePane.Selection s) {
        return org.warrant.maps.Passage.select(s.articleId(), editor.articleBody(s.articleId()), s.start(), s.end()).quote();
    }
}
