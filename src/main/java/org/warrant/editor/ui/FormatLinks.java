package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

/**
 * The Export dialog's other formats, as links to the map's files (each checked by its service when fetched): Argdown
 * and AIF for other tools, the diagram as SVG or PNG (whole map or the selected branch, quotes optional), and the
 * essay plan to print or as PDF.
 */
class FormatLinks extends Div {

    static final String WHOLE = "formats.whole";
    static final String BRANCH = "formats.branch";

    final RadioButtonGroup<String> part = new RadioButtonGroup<>(t("formats.picture-of"));
    final Checkbox quotes = new Checkbox(t("formats.quotes"));
    final Anchor svg = link(t("formats.svg"), "");
    final Anchor png = link(t("formats.png"), "");
    private final long mapId;
    private final @Nullable Long selected;

    FormatLinks(long mapId, @Nullable Long selected) {
        this.mapId = mapId;
        this.selected = selected;
        addClassName("format-links");
        part.setItems(WHOLE, BRANCH);
        part.setItemLabelGenerator(key -> t(key));
        part.setValue(WHOLE);
        part.setVisible(selected != null);
        Paragraph branchHint = new Paragraph(t("formats.branch-hint"));
        branchHint.setVisible(selected == null);
        quotes.getStyle().set("display", "block");
        part.addValueChangeListener(e -> pictures());
        quotes.addValueChangeListener(e -> pictures());
        pictures();
        add(new H3(t("formats.other-tools")),
                new Paragraph(t("formats.other-tools-text")),
                link(t("formats.argdown"), "maps/" + mapId + "/map.argdown"),
                link(t("formats.aif"), "maps/" + mapId + "/map.aif.json"),
                new H3(t("formats.pictures")), part, branchHint, quotes, svg, png,
                new H3(t("formats.to-print")),
                link(t("formats.essay-pdf"), "maps/" + mapId + "/essay.pdf"),
                opened(t("formats.essay-html"), "maps/" + mapId + "/essay.html"));
    }

    private void pictures() {
        java.util.List<String> params = new java.util.ArrayList<>();
        if (BRANCH.equals(part.getValue()) && selected != null) {
            params.add("node=" + selected);
        }
        if (quotes.getValue()) {
            params.add("quotes=true");
        }
        String query = params.isEmpty() ? "" : "?" + String.join("&", params);
        svg.setHref("maps/" + mapId + "/diagram.svg" + query);
        png.setHref("maps/" + mapId + "/diagram.png" + query);
    }

    private static Anchor link(String text, String href) {
        Anchor a = onItsOwnLine(new Anchor(href, text));
        a.getElement().setAttribute("download", "");
        return a;
    }

    /** The page opens in a new tab, to print from. */
    private static Anchor opened(String text, String href) {
        return onItsOwnLine(new Anchor(href, text, AnchorTarget.BLANK));
    }

    private static Anchor onItsOwnLine(Anchor a) {
        a.addClassName("format-link");
        a.getStyle().set("display", "block").set("margin", "var(--lumo-space-xs) 0");
        return a;
    }
}
