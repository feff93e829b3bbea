package org.warrant.compare.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import org.warrant.compare.Comparison;
import org.warrant.compare.MapStats;

/** One row per submitted map with its figures; every column sorts, and a click opens the map. */
class OverviewGrid extends Grid<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    OverviewGrid(Comparison c, LongConsumer open) {
        addClassName("compare-overview");
        Column<Integer> name = addColumn(i -> c.map(i).map().label()).setHeader("Map").setWidth("12rem").setFlexGrow(1).setFrozen(true)
                .setComparator(Comparator.comparing(i -> c.map(i).map().label().toLowerCase(Locale.ROOT)));
        number("Nodes", c, MapStats::nodes);
        number("Claims", c, MapStats::claims);
        number("Premises", c, MapStats::premises);
        number("Objections", c, MapStats::objections);
        number("Evidence", c, MapStats::evidence);
        number("Depth", c, MapStats::depth);
        number("Passages", c, MapStats::passagesCited).setHeader(header("Passages", "Different passages cited"));
        addColumn(i -> c.stats(i).premises() == 0 ? "—" : Math.round(100 * c.stats(i).backedShare()) + " %")
                .setHeader(header("Backed", "Premises backed by evidence: a passage of their own or an evidence reply"))
                .setWidth(widthFor("Backed")).setComparator(Comparator.comparingDouble(i -> c.stats(i).backedShare()))
                .setTooltipGenerator(i -> c.stats(i).premisesBacked() + " of " + c.stats(i).premises() + " premises cite a passage or have evidence")
                .setFlexGrow(0);
        number("Unsupported", c, MapStats::unsupportedClaims).setHeader(header("Unsupported", "Claims without a reason for them"));
        number("Unanswered", c, MapStats::unansweredObjections).setHeader(header("Unanswered", "Objections to the claim that no reply answers (a rebuttal is an answer)"));
        if (c.hasReference()) {
            addColumn(i -> String.format(Locale.ROOT, "%.2f", c.vsReference(i).overall())).setHeader(header("Key", "Overall agreement with the answer key, 0 to 1")).setKey("key")
                    .setComparator(Comparator.comparingDouble(i -> c.vsReference(i).overall())).setWidth(widthFor("Key")).setFlexGrow(0);
        }
        addColumn(i -> when(c.map(i).lastEdit()) + (editedSince(c, i) ? " · after submitting" : "")).setHeader("Last edit")
                .setComparator(Comparator.comparing(i -> c.map(i).lastEdit())).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(i -> submitted(c, i)).setHeader("Submitted")
                .setComparator(Comparator.comparing(i -> c.map(i).submittedAt())).setAutoWidth(true).setFlexGrow(0);
        setItems(IntStream.range(0, c.size()).boxed().toList());
        sort(GridSortOrder.asc(name).build());
        setAllRowsVisible(true);
        addItemClickListener(e -> open.accept(c.map(e.getItem()).map().mapId()));
    }

    /**
     * Room for the header and its sort arrows: auto width measures only the cells, which are short numbers here.
     * The table is wider than most screens; it scrolls sideways with the map's name kept in view.
     */
    private static String widthFor(String header) {
        return String.format(Locale.ROOT, "%.1frem", Math.max(4.5, header.length() * 0.55 + 2.8));
    }

    private static Span header(String text, String explanation) {
        Span header = new Span(text);
        header.getElement().setAttribute("title", explanation);
        return header;
    }

    private Column<Integer> number(String header, Comparison c, Function<MapStats, Integer> value) {
        return addColumn(i -> value.apply(c.stats(i))).setHeader(header).setWidth(widthFor(header))
                .setComparator(Comparator.comparing(i -> value.apply(c.stats(i)))).setFlexGrow(0);
    }

    /** The comparison reads each map as it is now; say so where that is no longer what was handed in. */
    private static boolean editedSince(Comparison c, int i) {
        return c.map(i).submittedAt() != null && c.map(i).lastEdit() != null && c.map(i).lastEdit().isAfter(c.map(i).submittedAt());
    }

    private static Span submitted(Comparison c, int i) {
        Span s = new Span(when(c.map(i).submittedAt()) + (c.map(i).late() ? " · late" : ""));
        if (c.map(i).late()) {
            s.addClassName("late");
        }
        return s;
    }

    private static String when(Instant t) {
        return t == null ? "" : WHEN.format(t.atZone(ZoneId.systemDefault()));
    }
}
