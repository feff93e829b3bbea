package org.warrant.editor.ui;

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

    static final String WHOLE = "The whole map";
    static final String BRANCH = "The selected node and its replies";

    final RadioButtonGroup<String> part = new RadioButtonGroup<>("Picture of");
    final Checkbox quotes = new Checkbox("Show the quoted passages under their boxes");
    final Anchor svg = link("Download the diagram as SVG", "");
    final Anchor png = link("Download the diagram as PNG (twice the size, for slides)", "");
    private final long mapId;
    private final @Nullable Long selected;

    FormatLinks(long mapId, @Nullable Long selected) {
        this.mapId = mapId;
        this.selected = selected;
        addClassName("format-links");
        part.setItems(WHOLE, BRANCH);
        part.setValue(WHOLE);
        part.setVisible(selected != null);
        Paragraph branchHint = new Paragraph("To draw one branch, select its node in the outline before you open Export.");
        branchHint.setVisible(selected == null);
        quotes.getStyle().set("display", "block");
        part.addValueChangeListener(e -> pictures());
        quotes.addValueChangeListener(e -> pictures());
        pictures();
        add(new H3("For other tools"),
                new Paragraph("Argdown opens in Argdown's editor and tools; AIF JSON in OVA and AIFdb. Both come back into Warrant "
                        + "with Maps → Import Argdown or AIF, keeping every node's id."),
                link("Download Argdown (.argdown)", "maps/" + mapId + "/map.argdown"),
                link("Download AIF JSON (.aif.json)", "maps/" + mapId + "/map.aif.json"),
                new H3("Pictures"), part, branchHint, quotes, svg, png,
                new H3("To print"),
                link("Download the essay plan (PDF)", "maps/" + mapId + "/essay.pdf"),
                opened("Open the essay plan to print", "maps/" + mapId + "/essay.html"));
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
