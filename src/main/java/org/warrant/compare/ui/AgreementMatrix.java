package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.warrant.compare.Agreement;
import org.warrant.compare.Comparison;
import org.warrant.ui.Text;

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
        OVERALL(Agreement::overall), ARGUMENTS(Agreement::arguments), PASSAGES(Agreement::passages),
        STRUCTURE(Agreement::structure), STANCE(Agreement::stance);

        final ToDoubleFunction<Agreement> score;

        Layer(ToDoubleFunction<Agreement> score) {
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
        layer.setLabel(t("matrix.colour-by"));
        layer.setItems(Layer.values());
        layer.setItemLabelGenerator(l -> t("layer." + l.name()));
        layer.addValueChangeListener(e -> draw(e.getValue()));
        grid.addClassName("matrix");
        Paragraph legend = new Paragraph(t("matrix.legend"));
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
            Div head = label(Text.number(q + 1), "column-head");
            head.getElement().setAttribute("title", comparison.map(q).map().label());
            grid.add(head);
        }
        if (comparison.hasReference()) {
            grid.add(label(t("matrix.key"), "column-head"));
        }
        for (int p = 0; p < n; p++) {
            grid.add(label(Text.number(p + 1) + " " + comparison.map(p).map().label(), "row-head"));
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
            cell.setText(Text.decimal(score, 2));
        }
        String right = q < 0 ? t("matrix.the-key") : comparison.map(q).map().label();
        cell.getElement().setAttribute("title", t("matrix.pair", comparison.map(p).map().label(), right) + "\n" + scores(a, "\n"));
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

    /** Every layer's score, named in the user's language: "Overall 0.71 · Arguments 0.80 · …". */
    static String scores(Agreement a, String separator) {
        return java.util.Arrays.stream(Layer.values()).map(l -> t("layer." + l.name()) + " " + Text.decimal(l.score.applyAsDouble(a), 2))
                .collect(java.util.stream.Collectors.joining(separator));
    }
}
