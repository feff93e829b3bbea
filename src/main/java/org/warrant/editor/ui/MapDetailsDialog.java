package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapRules;
import org.warrant.sources.ArticleSummary;
import org.warrant.ui.Text;

/** Title, description and (for a new map) the articles it draws on. */
class MapDetailsDialog extends Dialog {

    interface Save {
        void save(String title, String description, List<Long> articleIds);
    }

    final TextField title = new TextField(t("details.title"));
    final TextArea description = new TextArea(t("details.description"));
    final MultiSelectComboBox<ArticleSummary> articles = new MultiSelectComboBox<>(t("details.articles"));
    final Button save = new Button(t("details.save"));
    final Div error = new Div();

    MapDetailsDialog(String heading, List<ArticleSummary> choices, String currentTitle, String currentDescription, Save onSave) {
        setHeaderTitle(heading);
        title.setRequired(true);
        title.setMaxLength(MapRules.MAX_TITLE_LENGTH);
        title.setWidthFull();
        title.setValue(currentTitle == null ? "" : currentTitle);
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setValue(currentDescription == null ? "" : currentDescription);
        error.addClassName("error-box");
        error.setVisible(false);
        Div body = new Div(error, title, description);
        body.addClassName("dialog-form");
        if (choices != null) {
            articles.setItems(choices);
            articles.setItemLabelGenerator(ArticleSummary::title);
            articles.setHelperText(t("details.articles-help"));
            articles.setWidthFull();
            body.add(articles);
        }
        add(body);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                onSave.save(title.getValue(), description.getValue(),
                        articles.getValue().stream().map(ArticleSummary::id).toList());
                close();
            } catch (MapRuleException ex) {
                error.setText(Text.problem(ex));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(t("common.cancel"), e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
