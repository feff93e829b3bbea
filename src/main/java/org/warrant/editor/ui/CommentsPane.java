package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.comments.CommentService;
import org.warrant.comments.MapComment;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRuleException;
import org.warrant.ui.Dates;
import org.warrant.ui.Text;
import org.warrant.ui.Translations;

/**
 * Feedback in the editor, in a dialog the header's Comments button opens: the threads on the selected node (with no node selected, the open threads of the
 * whole map), each with its replies, Reply and Resolve; and a box to start a thread on the selected node.
 */
class CommentsPane {


    private final CommentService comments;
    private final long mapId;
    private final OutlinePane outline;
    private final boolean canComment;
    private Button opener;
    private Dialog dialog;
    private Div panel; // made when first opened, with all that is in it
    Div threads;
    TextArea draft;
    Button add;
    private List<MapComment> all = List.of();
    private MapNode node;

    CommentsPane(CommentService comments, long mapId, boolean canComment, OutlinePane outline) {
        this.comments = comments;
        this.mapId = mapId;
        this.outline = outline;
        this.canComment = canComment;
    }

    /** Builds the pane when first opened: most editors never open it, and each part is state kept per editor. */
    void activate() {
        if (threads != null) {
            return;
        }
        threads = new Div();
        draft = new TextArea();
        add = new Button(t("comments.comment"));
        threads.addClassName("comment-threads");
        draft.setPlaceholder(t("comments.placeholder"));
        draft.setMaxLength(MapComment.MAX_TEXT);
        draft.setWidthFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> act(() -> comments.comment(mapId, node.id(), draft.getValue()), draft));
        Div form = new Div(draft, add);
        form.addClassName("comment-form");
        form.setVisible(canComment);
        panel = new Div(threads, form);
        panel.addClassName("comments-pane");
        render();
    }

    /** {@code button} opens the comments beside the map (a dialog that stays open while the user works). */
    void openWith(Button button) {
        opener = button;
        button.addClickListener(e -> {
            if (dialog == null) {
                activate();
                dialog = new Dialog(panel);
                dialog.setHeaderTitle(t("comments.heading"));
                dialog.setModal(false);
                dialog.setDraggable(true);
                dialog.setResizable(true);
                dialog.setWidth("26rem");
                dialog.setTop("7rem"); // over the diagram, beside the outline, not over the article
                // on the diagram's side: the right in a left-to-right page, the left in a right-to-left one
                dialog.setLeft(Translations.rightToLeft(Text.locale()) ? "2rem" : "calc(100vw - 28rem)");
                dialog.addClassName("comments-dialog");
                dialog.getHeader().add(new Button(t("common.close"), close -> dialog.close()));
            }
            dialog.open();
        });
    }

    /** Reads the map's comments again and shows them here, on the button that opens them and in the outline. */
    void reload() {
        all = comments.onMap(mapId);
        Map<Long, Integer> open = openThreads();
        int count = open.values().stream().mapToInt(Integer::intValue).sum();
        opener.setText(count == 0 ? t("comments.heading") : t("comments.count", count));
        outline.showOpenComments(open);
        select(outline.selected());
    }

    boolean hasComments() {
        return !all.isEmpty();
    }

    void select(Optional<MapNode> selected) {
        node = selected.orElse(null);
        if (threads != null) {
            render();
        }
    }

    private void render() {
        add.setEnabled(node != null);
        threads.removeAll();
        List<MapComment> firsts = all.stream().filter(c -> !c.isReply())
                .filter(c -> node == null ? !c.resolved() : node.id().equals(c.nodeId())).toList();
        if (firsts.isEmpty()) {
            threads.add(new Paragraph(t(node == null ? "comments.none-map" : "comments.none-node")));
        }
        firsts.forEach(first -> threads.add(thread(first)));
    }

    /** Open (unresolved) threads per node, for the outline's column. */
    Map<Long, Integer> openThreads() {
        Map<Long, Integer> open = new HashMap<>();
        all.stream().filter(c -> !c.isReply() && !c.resolved() && c.nodeId() != null).forEach(c -> open.merge(c.nodeId(), 1, Integer::sum));
        return open;
    }

    private Div thread(MapComment first) {
        Div thread = new Div();
        thread.addClassName("comment-thread");
        thread.setClassName("resolved", first.resolved());
        if (node == null) {
            MapNode on = first.nodeId() == null ? null : outline.node(first.nodeId());
            thread.add(new Span(on == null ? t("comments.on-deleted") : t("comments.on", ArticlePane.shortTitle(on.text()))));
        }
        thread.add(said(first));
        all.stream().filter(c -> Long.valueOf(first.id()).equals(c.replyTo())).forEach(reply -> thread.add(said(reply)));
        TextArea answer = new TextArea();
        answer.setPlaceholder(t("comments.reply-placeholder"));
        answer.setMaxLength(MapComment.MAX_TEXT);
        answer.setVisible(false);
        Button reply = small(t("comments.reply"), () -> {
            if (!answer.isVisible()) {
                answer.setVisible(true);
                answer.focus();
            } else {
                act(() -> comments.reply(first.id(), answer.getValue()), answer);
            }
        });
        Button resolve = small(t(first.resolved() ? "comments.reopen" : "comments.resolve"), () -> act(() -> comments.resolve(first.id(), !first.resolved()), null));
        Div actions = new Div(reply, resolve);
        actions.addClassName("comment-actions");
        actions.setVisible(canComment);
        thread.add(answer, actions);
        return thread;
    }

    private static Div said(MapComment c) {
        Span who = new Span(c.authorName());
        who.addClassName("comment-author");
        Span when = new Span(Dates.dateAndTime().format(c.createdAt()) + (c.resolved() && !c.isReply() ? " " + t("comments.resolved") : ""));
        when.addClassName("comment-when");
        Div text = new Div();
        text.setText(c.text()); // plain text, never HTML
        text.getElement().setAttribute("dir", "auto"); // a comment in Persian reads right to left
        text.addClassName("comment-text");
        Div said = new Div(who, when, text);
        said.addClassName(c.isReply() ? "comment-reply" : "comment");
        return said;
    }

    private static Button small(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void act(Runnable action, TextArea clearAfter) {
        try {
            action.run();
            if (clearAfter != null) {
                clearAfter.clear();
            }
            reload();
        } catch (MapRuleException | AccessDeniedException e) {
            Notification.show(Text.problem(e)).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
