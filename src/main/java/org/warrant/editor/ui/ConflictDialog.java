package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.warrant.maps.MapNode;

/**
 * Two people changed one node's text: the save that came second was refused. This shows both texts and
 * lets its author choose, so neither is lost without someone deciding it.
 */
class ConflictDialog extends Dialog {

    final Button keepTheirs = new Button(t("conflict.keep-theirs"));
    final Button useMine = new Button(t("conflict.use-mine"));

    ConflictDialog(String mine, MapNode theirs, Runnable onUseMine) {
        setHeaderTitle(t(theirs == null ? "conflict.deleted" : "conflict.changed"));
        setWidth("min(40rem, 96vw)");
        addClassName("conflict-dialog");
        if (theirs == null) {
            add(new Paragraph(t("conflict.deleted-text")),
                    version(t("conflict.your-text"), mine));
            Button close = new Button(t("common.close"), e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
            return;
        }
        add(new Paragraph(t("conflict.changed-text")),
                version(t("conflict.yours"), mine), version(t("conflict.theirs"), theirs.text()));
        keepTheirs.addClickListener(e -> close());
        useMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        useMine.addClickListener(e -> {
            close();
            onUseMine.run();
        });
        getFooter().add(keepTheirs, useMine);
        setCloseOnOutsideClick(false);
    }

    private static Div version(String label, String text) {
        Div box = new Div(new H3(label), new Paragraph(text));
        box.addClassName("conflict-version");
        return box;
    }
}
