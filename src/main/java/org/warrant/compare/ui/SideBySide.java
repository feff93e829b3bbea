package org.warrant.compare.ui;

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
        left.setLabel("Left");
        left.setItems(maps);
        right.setLabel("Right");
        right.setItems(c.hasReference() ? Stream.concat(maps.stream(), Stream.of(ANSWER_KEY)).toList() : maps);
        left.setItemLabelGenerator(this::label);
        right.setItemLabelGenerator(this::label);
        left.addValueChangeListener(e -> refresh());
        right.addValueChangeListener(e -> refresh());
        rows.addComponentColumn(r -> node(r.left(), r.leftDepth())).setHeader("Left").setFlexGrow(1);
        rows.addColumn(r -> r.status().label).setHeader("Match").setWidth("11rem").setFlexGrow(0);
        rows.addComponentColumn(r -> node(r.right(), r.rightDepth())).setHeader("Right").setFlexGrow(1);
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
        scores.setText(l == r ? "The same map." : "Agreement: " + a.summary() + ".");
        Map<AlignedRows.Status, Integer> counts = new EnumMap<>(AlignedRows.Status.class);
        shown.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        legend.removeAll();
        for (AlignedRows.Status s : AlignedRows.Status.values()) {
            Span key = new Span(s.label + ": " + counts.getOrDefault(s, 0));
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
        return n.kind() == NodeKind.EVIDENCE ? n.kind().label() + (n.stance() == Stance.CON ? " (con)" : " (pro)") : n.kind().label();
    }

    private String label(Integer i) {
        return i == ANSWER_KEY ? "Answer key" : (i + 1) + " " + comparison.map(i).map().label();
    }
}
