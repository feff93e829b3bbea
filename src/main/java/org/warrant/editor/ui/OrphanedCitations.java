package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;
import org.warrant.ui.Counted;

/**
 * The citations of the map that a correction of their article left without a place: each with its node and
 * the old quote, to re-attach to words selected in the article or to remove. Shown only while there are any;
 * Warrant never moves such a citation by guesswork (see CorrectedText).
 */
class OrphanedCitations extends Div {

    private final MapEditorView editor;

    OrphanedCitations(MapEditorView editor) {
        this.editor = editor;
        addClassName("orphaned-citations");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", t("orphans.region"));
    }

    void show(OpenedMap content) {
        removeAll();
        List<Citation> lost = content.citations().stream().filter(Citation::orphaned).toList();
        setVisible(!lost.isEmpty());
        if (lost.isEmpty()) {
            return;
        }
        add(new H2(t("orphans.heading", Counted.of(lost.size(), "count.citations"))));
        add(new Paragraph(t("orphans.explain") + " " + t(content.editable() ? "orphans.how" : "orphans.others")));
        for (Citation c : lost) {
            MapNode node = content.node(c.nodeId());
            add(entry(c, node == null ? "" : node.text(), content.editable()));
        }
    }

    private Div entry(Citation c, String nodeText, boolean editable) {
        boolean worded = !nodeText.strip().equals(c.quote().strip()); // evidence is worded as its quote until edited
        Span node = new Span(worded ? nodeText : t("orphans.evidence"));
        node.getElement().setAttribute("dir", "auto");
        node.addClassName("orphan-node");
        Span quote = new Span("“" + c.quote() + "”");
        quote.getElement().setAttribute("dir", "auto");
        quote.addClassName("orphan-quote");
        Button show = MapEditorView.tool(t("orphans.show"), () -> editor.outline.select(c.nodeId()));
        Div entry = new Div(node, new Span(" " + t("orphans.cited") + " "), quote, show);
        if (editable) {
            entry.add(MapEditorView.tool(t("orphans.reattach"), () -> reattach(c)),
                    MapEditorView.tool(t("orphans.remove"), () -> editor.guarded(() -> {
                        editor.edits().uncite(c.id());
                        editor.reload();
                    })));
        }
        entry.addClassName("orphan");
        return entry;
    }

    private void reattach(Citation c) {
        editor.articles().readSelection(selection -> reattachTo(c, selection));
    }

    /** Points the citation at the words selected in the article (null: nothing selected). */
    void reattachTo(Citation c, ArticlePane.Selection selection) {
        if (selection == null) {
            Notification.show(t("orphans.select-first"));
        } else if (selection.articleId() != c.articleId()) {
            Notification.show(t("orphans.other-article"));
        } else {
            editor.guarded(() -> {
                editor.edits().reattach(c.id(), selection.start(), selection.end());
                editor.articles().clearSelection();
                editor.reload();
            });
        }
    }
}
