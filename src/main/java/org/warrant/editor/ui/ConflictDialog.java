package org.warrant.editor.ui;

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

    final Button keepTheirs = new Button("Keep theirs");
    final Button useMine = new Button("Use mine");

    ConflictDialog(String mine, MapNode theirs, Runnable onUseMine) {
        setHeaderTitle(theirs == null ? "This node was deleted" : "Someone else changed this node");
        setWidth("min(40rem, 96vw)");
        addClassName("conflict-dialog");
        if (theirs == null) {
            add(new Paragraph("It was deleted while you were editing it, so your text was not saved. Here it is, to copy:"),
                    version("Your text", mine));
            Button close = new Button("Close", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
            return;
        }
        add(new Paragraph("Someone else saved a new text for this node while you were editing it. Yours is not saved yet: choose which stays."),
                version("Yours", mine), version("Theirs, saved now", theirs.text()));
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
