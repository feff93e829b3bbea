package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

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
import org.warrant.ui.Text;

/**
 * Adds an outline or a hand-written list to the open map, where it is needed: under the selected node or as new
 * claims. The text is first shown as read, each item with its role; then it is added in one transaction, seen
 * at once by everyone on the map, and one Undo takes all of it back.
 */
class ImportIntoMapDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportIntoMapDialog.class);
    static final String AS_CLAIMS = "import-into.as-claims";

    private final MapEditorView editor;
    private final OutlineService outlines;
    private final Optional<MapNode> selected;
    final TextArea text = new TextArea(t("import-into.text"));
    final RadioButtonGroup<String> where = new RadioButtonGroup<>(t("import-into.where"));
    final ComboBox<ArticlePane.ArticleTab> article = new ComboBox<>(t("import-into.quotes-from"));
    final Button check = new Button(t("import-into.check"));
    final Button add = new Button(t("import-into.add"));
    final Div result = new Div();

    ImportIntoMapDialog(MapEditorView editor, OutlineService outlines, List<ArticlePane.ArticleTab> articles) {
        this.editor = editor;
        this.outlines = outlines;
        this.selected = editor.outline.selected();
        setHeaderTitle(t("import-into.heading"));
        setWidth("min(48rem, 96vw)");
        text.setWidthFull();
        text.setMaxLength(OutlineService.MAX_CHARS);
        text.setPlaceholder(t("import-into.placeholder"));
        text.addValueChangeListener(e -> changed());
        String under = selected.map(n -> t("import-into.under", ArticlePane.shortTitle(n.text()))).orElse(null);
        where.setItemLabelGenerator(v -> AS_CLAIMS.equals(v) ? t(AS_CLAIMS) : v);
        where.setItems(under == null ? List.of(AS_CLAIMS) : List.of(under, AS_CLAIMS));
        where.setValue(under == null ? AS_CLAIMS : under);
        where.setHelperText(t("import-into.under-help"));
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
                "maps/import-file?into=" + editor.mapId, t("import-into.argdown"));
        argdown.addClassName("argdown-into-link");
        add(text, where, article, result, argdown);
        getFooter().add(new Button(t("common.cancel"), e -> close()), check, add);
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
        String placed = " " + (parentId() == null ? t("import-into.top-claims")
                : t("import-into.top-replies", ArticlePane.shortTitle(selected.orElseThrow().text())));
        result.add(new RoleTree(t("import-into.read"), reading.summary() + placed, reading.rows()));
        add.setEnabled(true);
        add.focus();
    }

    void addToMap() {
        try {
            List<Long> added = editor.commands().importOutline(outlines, parentId(), text.getValue(),
                    article.getValue() == null ? null : article.getValue().id());
            com.vaadin.flow.component.notification.Notification.show(t(added.size() == 1 ? "import-into.added" : "import-into.added-many", Counted.of(added.size(), "count.items")));
            close();
        } catch (OutlineRejectedException e) {
            problems(e.problems());
        } catch (MapRuleException e) {
            problems(List.of(new OutlineProblem(0, Text.problem(e))));
        } catch (RuntimeException e) {
            log.error("Importing into map {} failed", editor.mapId, e);
            problems(List.of(new OutlineProblem(0, t("import-into.failed"))));
        }
    }

    private void problems(List<OutlineProblem> found) {
        add.setEnabled(false);
        result.removeAll();
        result.add(new ProblemBox(t("import-into.problems"), found.stream().map(p -> ProblemBox.atLine(p.line(), p.message())).toList()));
    }
}
