package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.warrant.compare.Agreement;
import org.warrant.compare.ComparedNode;
import org.warrant.compare.Comparison;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.ui.Text;

/** Two maps, or a map and the answer key, with matched nodes on one row, coloured by how they match. */
class SideBySide extends Div {

    static final int ANSWER_KEY = -1;

    private final Comparison comparison;
    final Select<Integer> left = new Select<>();
    final Select<Integer> right = new Select<>();
    final Grid<AlignedRows.Row> rows = new Grid<>();
    final Div legend = new Div();
    final Paragraph scores = new Paragraph();
    List<AlignedRows.Row> shown = List.of();

    SideBySide(Comparison c) {
        this.comparison = c;
        addClassName("side-by-side");
        List<Integer> maps = IntStream.range(0, c.size()).boxed().toList();
        left.setLabel(t("side.left"));
        left.setItems(maps);
        right.setLabel(t("side.right"));
        right.setItems(c.hasReference() ? Stream.concat(maps.stream(), Stream.of(ANSWER_KEY)).toList() : maps);
        left.setItemLabelGenerator(this::label);
        right.setItemLabelGenerator(this::label);
        left.addValueChangeListener(e -> refresh());
        right.addValueChangeListener(e -> refresh());
        rows.addComponentColumn(r -> node(r.left(), r.leftDepth())).setHeader(t("side.left")).setFlexGrow(1);
        rows.addColumn(r -> t("aligned." + r.status().name())).setHeader(t("side.match")).setWidth("11rem").setFlexGrow(0);
        rows.addComponentColumn(r -> node(r.right(), r.rightDepth())).setHeader(t("side.right")).setFlexGrow(1);
        rows.setPartNameGenerator(r -> r.status().part);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.setHeight("70vh");
        legend.addClassName("match-legend");
        Div choosers = new Div(left, right);
        choosers.addClassName("inline-form");
        scores.addClassName("pair-scores");
        add(choosers, scores, legend, rows);
        show(0, c.hasReference() ? ANSWER_KEY : Math.min(1, c.size() - 1));
    }

    void show(int leftMap, int rightMap) {
        left.setValue(leftMap);
        right.setValue(rightMap);
        refresh();
    }

    private void refresh() {
        if (left.getValue() == null || right.getValue() == null) {
            return;
        }
        int l = left.getValue(), r = right.getValue();
        shown = AlignedRows.of(comparison.compared(l), comparison.compared(r), comparison.matching(l, r));
        rows.setItems(shown);
        Agreement a = l == r ? Agreement.FULL : r == ANSWER_KEY ? comparison.vsReference(l) : comparison.agreement(l, r);
        scores.setText(l == r ? t("side.same") : t("side.agreement", AgreementMatrix.scores(a, " · ")));
        Map<AlignedRows.Status, Integer> counts = new EnumMap<>(AlignedRows.Status.class);
        shown.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        legend.removeAll();
        for (AlignedRows.Status s : AlignedRows.Status.values()) {
            Span key = new Span(t("side.legend", t("aligned." + s.name()), counts.getOrDefault(s, 0)));
            key.addClassNames("legend-key", s.part);
            legend.add(key);
        }
    }

    private Div node(ComparedNode n, int depth) {
        Div d = new Div();
        if (n == null) {
            return d;
        }
        Span kind = new Span(kindLabel(n) + " ");
        kind.addClassName("node-kind");
        boolean quoteDiffers = n.kind() == NodeKind.EVIDENCE && !n.passages().isEmpty()
                && !n.passages().getFirst().quote().strip().equals(n.text().strip()); // evidence is worded as its quote unless retyped
        d.add(kind, new Span(quoteDiffers ? n.text() + " — “" + Shortened.to(120, n.passages().getFirst().quote()) + "”" : n.text()));
        d.getStyle().set("padding-inline-start", (depth * 1.1) + "em");
        return d;
    }

    static String kindLabel(ComparedNode n) {
        String kind = t("node-kind." + n.kind().name());
        return n.kind() == NodeKind.EVIDENCE ? t(n.stance() == Stance.CON ? "side.con" : "side.pro", kind) : kind;
    }

    private String label(Integer i) {
        return i == ANSWER_KEY ? t("side.answer-key") : Text.number(i + 1) + " " + comparison.map(i).map().label();
    }
}
