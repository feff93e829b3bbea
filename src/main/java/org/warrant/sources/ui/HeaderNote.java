package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Says which of the text's first lines gave the article its title and details ("TITLE: … | SOURCE: …"), with a way
 * to keep those lines as the article's text instead: Warrant's reading is never silent and never final.
 */
class HeaderNote extends Div {

    final Button keepAsText = new Button(t("header-note.keep"));
    private final Paragraph said = new Paragraph();
    private Runnable keep = () -> { };

    HeaderNote() {
        addClassName("header-note");
        getStyle().set("margin", "var(--lumo-space-s) 0").set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-inline-start", "3px solid var(--lumo-primary-color)").set("background", "var(--lumo-primary-color-10pct)");
        keepAsText.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        keepAsText.addClickListener(e -> {
            setVisible(false);
            keep.run();
        });
        add(said, keepAsText);
        setVisible(false);
    }

    void show(String asWritten, Runnable keepAsTextInstead) {
        said.setText(t("header-note.said", asWritten.replace('\n', ' ')));
        said.getElement().setAttribute("dir", "auto");
        keep = keepAsTextInstead;
        setVisible(true);
    }
}
