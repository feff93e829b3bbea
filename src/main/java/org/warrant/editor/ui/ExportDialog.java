package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.warrant.export.OutlineFile;
import org.warrant.export.OutlineService;

/**
 * "Export" for a map: the Markdown outline rendered (sanitised HTML) and as source, to download as a .md file or
 * copy to the clipboard; and the other formats (Argdown, AIF, SVG, PNG, the essay plan) as links. The download is the map's {@code /maps/{id}/outline.md}, so it is the
 * map as it is when the link is clicked.
 */
public class ExportDialog extends Dialog {

    final Div preview = new Div();
    final TextArea source = new TextArea();
    final Anchor download;
    final Button copy = new Button(t("export.copy"), VaadinIcon.COPY_O.create());
    final Checkbox withComments = new Checkbox(t("export.with-comments"));
    private final OutlineService outlines;
    private final long mapId;
    OutlineFile outline;

    final FormatLinks formats;

    /** {@code hasComments}: offer to include the comments the user sees; {@code selected}: the node a picture may be of. */
    public ExportDialog(OutlineService outlines, long mapId, boolean hasComments, @Nullable Long selected) {
        this.outlines = outlines;
        this.mapId = mapId;
        outline = outlines.export(mapId);
        setHeaderTitle(t("export.heading"));
        setWidth("min(56rem, 96vw)");
        setHeight("min(44rem, 92vh)");
        addClassName("export-dialog");

        preview.addClassName("outline-preview");
        source.setReadOnly(true);
        source.setWidthFull();
        source.addClassName("outline-source");
        source.setAriaLabel(t("export.source"));
        TabSheet tabs = new TabSheet();
        tabs.add(t("export.preview"), preview);
        tabs.add(t("export.markdown"), source);
        formats = new FormatLinks(mapId, selected);
        tabs.add(t("export.other"), formats);
        tabs.setSizeFull();
        add(tabs);

        download = new Anchor();
        download.addClassName("download-link");
        show();
        withComments.setVisible(hasComments);
        withComments.addValueChangeListener(e -> {
            outline = outlines.export(mapId, e.getValue());
            show();
        });
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", this.outline.markdown())
                .then(done -> Notification.show(t("export.copied"), 2500, Notification.Position.BOTTOM_START),
                        failed -> Notification.show(t("export.clipboard-refused"),
                                6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING)));
        Button close = new Button(t("common.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(withComments, download, copy, close);
    }

    private void show() {
        preview.getElement().setProperty("innerHTML", outlines.preview(outline.markdown())); // sanitised by the service
        source.setValue(outline.markdown());
        download.setHref("maps/" + mapId + "/outline.md" + (withComments.getValue() ? "?comments=true" : ""));
        download.setText(t("export.download", outline.fileName()));
        download.getElement().setAttribute("download", outline.unicodeFileName());
    }
}
