package org.warrant.editor.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warrant.export.OutlineProblem;
import org.warrant.export.OutlineReading;
import org.warrant.export.OutlineRejectedException;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRuleException;
import org.warrant.ui.Counted;
import org.warrant.ui.ProblemBox;
import org.warrant.ui.RoleTree;

/**
 * Adds an outline or a hand-written list to the open map, where it is needed: under the selected node or as new
 * claims. The text is first shown as read, each item with its role; then it is added in one transaction, seen
 * at once by everyone on the map, and one Undo takes all of it back.
 */
class ImportIntoMapDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportIntoMapDialog.class);
    static final String AS_CLAIMS = "As new claims";

    private final MapEditorView editor;
    private final OutlineService outlines;
    private final Optional<MapNode> selected;
    final TextArea text = new TextArea("Outline or list");
    final RadioButtonGroup<String> where = new RadioButtonGroup<>("Where");
    final ComboBox<ArticlePane.ArticleTab> article = new ComboBox<>("Its quotes come from");
    final Button check = new Button("Check");
    final Button add = new Button("Add to the map");
    final Div result = new Div();

    ImportIntoMapDialog(MapEditorView editor, OutlineService outlines, List<ArticlePane.ArticleTab> articles) {
        this.editor = editor;
        this.outlines = outlines;
        this.selected = editor.outline.selected();
        setHeaderTitle("Import into this map");
        setWidth("min(48rem, 96vw)");
        text.setWidthFull();
        text.setMaxLength(OutlineService.MAX_CHARS);
        text.setPlaceholder("* Neutrality cost Iran its standing in Baku\n  + Trade moved to other corridors\n    > fell by a third\n  - Iran mediated from the start");
        text.addValueChangeListener(e -> changed());
        String under = selected.map(n -> "Under “" + ArticlePane.shortTitle(n.text()) + "”").orElse(null);
        where.setItems(under == null ? List.of(AS_CLAIMS) : List.of(under, AS_CLAIMS));
        where.setValue(under == null ? AS_CLAIMS : under);
        where.setHelperText("Under a node, the list's top items become its reasons (or objections, if marked so).");
        where.addValueChangeListener(e -> changed());
        article.setItems(articles);
        article.setItemLabelGenerator(ArticlePane.ArticleTab::title);
        article.setValue(articles.getFirst());
        article.setVisible(articles.size() > 1);
        article.setWidthFull();
        check.addClickListener(e -> check());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addToMap());
        add.setEnabled(false);
        result.addClassName("import-result");
        com.vaadin.flow.component.html.Anchor argdown = new com.vaadin.flow.component.html.Anchor(
                "maps/import-file?into=" + editor.mapId, "Import Argdown into this map instead (updates the nodes it already has)");
        argdown.addClassName("argdown-into-link");
        add(text, where, article, result, argdown);
        getFooter().add(new Button("Cancel", e -> close()), check, add);
    }

    private void changed() {
        add.setEnabled(false);
        result.removeAll();
    }

    private Long parentId() {
        return AS_CLAIMS.equals(where.getValue()) ? null : selected.map(MapNode::id).orElse(null);
    }

    void check() {
        OutlineReading reading = outlines.read(text.getValue(), parentId() != null);
        result.removeAll();
        if (!reading.problems().isEmpty()) {
            problems(reading.problems());
            return;
        }
        if (reading.likelyArticleId() != null) {
            article.getListDataView().getItems().filter(a -> a.id() == reading.likelyArticleId()).findFirst().ifPresent(article::setValue);
        }
        String placed = parentId() == null ? " The top items become claims of the map."
                : " The top items become replies to “" + ArticlePane.shortTitle(selected.orElseThrow().text()) + "”; claims among them become reasons.";
        result.add(new RoleTree("How Warrant read it", reading.summary() + placed, reading.rows()));
        add.setEnabled(true);
        add.focus();
    }

    void addToMap() {
        try {
            List<Long> added = editor.commands().importOutline(outlines, parentId(), text.getValue(),
                    article.getValue() == null ? null : article.getValue().id());
            com.vaadin.flow.component.notification.Notification.show("Added " + Counted.of(added.size(), "item", "items")
                    + " with everything under " + (added.size() == 1 ? "it" : "them") + ". Ctrl+Z takes the whole import back.");
            close();
        } catch (OutlineRejectedException e) {
            problems(e.problems());
        } catch (MapRuleException e) {
            problems(List.of(new OutlineProblem(0, e.getMessage())));
        } catch (RuntimeException e) {
            log.error("Importing into map {} failed", editor.mapId, e);
            problems(List.of(new OutlineProblem(0, "Warrant could not add this outline. Nothing was added; try again.")));
        }
    }

    private void problems(List<OutlineProblem> found) {
        add.setEnabled(false);
        result.removeAll();
        result.add(new ProblemBox("This can't be added yet%s; nothing was added:", found.stream().map(OutlineProblem::toString).toList()));
    }
}
