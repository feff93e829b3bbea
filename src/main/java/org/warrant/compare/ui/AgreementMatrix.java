package org.warrant.compare.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.warrant.compare.Agreement;
import org.warrant.compare.Comparison;

/**
 * The agreement of every pair of maps as a heatmap: one cell per pair, darker where they agree more, the
 * numbers of every layer on hover, and a last column against the answer key. A layer chooser recolours the
 * cells; clicking a cell opens the two maps side by side.
 */
class AgreementMatrix extends Div {

    /** Opens two maps side by side; the right one -1 is the answer key. */
    interface PairOpener {
        void open(int left, int right);
    }

    enum Layer {
        OVERALL("Overall", Agreement::overall), ARGUMENTS("Arguments", Agreement::arguments),
        PASSAGES("Passages", Agreement::passages), STRUCTURE("Structure", Agreement::structure), STANCE("Stance", Agreement::stance);

        final String label;
        final ToDoubleFunction<Agreement> score;

        Layer(String label, ToDoubleFunction<Agreement> score) {
            this.label = label;
            this.score = score;
        }
    }

    private final Comparison comparison;
    private final PairOpener opener;
    final Select<Layer> layer = new Select<>();
    final Div grid = new Div();
    final List<Div> cells = new ArrayList<>();

    AgreementMatrix(Comparison c, PairOpener opener) {
        this.comparison = c;
        this.opener = opener;
        addClassName("agreement-matrix");
        layer.setLabel("Colour by");
        layer.setItems(Layer.values());
        layer.setItemLabelGenerator(l -> l.label);
        layer.addValueChangeListener(e -> draw(e.getValue()));
        grid.addClassName("matrix");
        Paragraph legend = new Paragraph("Each cell is the agreement of two maps, from 0 (nothing in common, light) to 1 "
                + "(the same map, dark). Hover over a cell for every layer; click it to see the two maps side by side.");
        legend.addClassName("heat-legend");
        add(layer, legend, grid);
        layer.setValue(Layer.OVERALL);
    }

    private void draw(Layer shown) {
        grid.removeAll();
        cells.clear();
        int n = comparison.size();
        int columns = n + (comparison.hasReference() ? 1 : 0);
        grid.getStyle().set("grid-template-columns", "minmax(8rem, max-content) repeat(" + columns + ", minmax(1.6rem, 3.2rem))");
        grid.add(label("", "corner"));
        for (int q = 0; q < n; q++) {
            Div head = label(Integer.toString(q + 1), "column-head");
            head.getElement().setAttribute("title", comparison.map(q).map().label());
            grid.add(head);
        }
        if (comparison.hasReference()) {
            grid.add(label("Key", "column-head"));
        }
        for (int p = 0; p < n; p++) {
            grid.add(label((p + 1) + " " + comparison.map(p).map().label(), "row-head"));
            for (int q = 0; q < n; q++) {
                grid.add(cell(p, q, comparison.agreement(p, q), shown));
            }
            if (comparison.hasReference()) {
                grid.add(cell(p, -1, comparison.vsReference(p), shown));
            }
        }
    }

    private Div cell(int p, int q, Agreement a, Layer shown) {
        double score = shown.score.applyAsDouble(a);
        Div cell = new Div();
        cell.addClassName("cell");
        double alpha = 0.06 + 0.9 * score;
        cell.getStyle().set("background-color", String.format(Locale.ROOT, "rgba(35, 94, 168, %.2f)", alpha));
        cell.getStyle().set("color", CellContrast.whiteReadsBetter(alpha) ? "#ffffff" : "#000000");
        if (comparison.size() <= 12) {
            cell.setText(String.format(Locale.ROOT, "%.2f", score));
        }
        String right = q < 0 ? "the answer key" : comparison.map(q).map().label();
        cell.getElement().setAttribute("title", comparison.map(p).map().label() + " and " + right + "\noverall "
                + String.format(Locale.ROOT, "%.2f", a.overall()) + "\n" + String.join("\n", a.layers()));
        if (p != q) {
            cell.addClickListener(e -> opener.open(p, q));
            cell.addClassName("clickable");
        }
        cells.add(cell);
        return cell;
    }

    private static Div label(String text, String className) {
        Div d = new Div();
        d.setText(text);
        d.addClassName(className);
        return d;
    }
}
