package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.time.Instant;
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
import org.warrant.ui.Dates;
import org.warrant.ui.Text;

/** One row per submitted map with its figures; every column sorts, and a click opens the map. */
class OverviewGrid extends Grid<Integer> {

    private final Dates dates = Dates.pattern("d MMM HH:mm");

    OverviewGrid(Comparison c, LongConsumer open) {
        addClassName("compare-overview");
        Column<Integer> name = addColumn(i -> c.map(i).map().label()).setHeader(t("overview.map")).setWidth("12rem").setFlexGrow(1).setFrozen(true)
                .setComparator(Comparator.comparing(i -> c.map(i).map().label().toLowerCase(Locale.ROOT)));
        number(t("overview.nodes"), c, MapStats::nodes);
        number(t("overview.claims"), c, MapStats::claims);
        number(t("overview.premises"), c, MapStats::premises);
        number(t("overview.objections"), c, MapStats::objections);
        number(t("overview.evidence"), c, MapStats::evidence);
        number(t("overview.depth"), c, MapStats::depth);
        number(t("overview.passages"), c, MapStats::passagesCited).setHeader(header(t("overview.passages"), t("overview.passages-help")));
        addColumn(i -> c.stats(i).premises() == 0 ? "—" : Text.number(Math.round(100 * c.stats(i).backedShare())) + " %")
                .setHeader(header(t("overview.backed"), t("overview.backed-help")))
                .setWidth(widthFor(t("overview.backed"))).setComparator(Comparator.comparingDouble(i -> c.stats(i).backedShare()))
                .setTooltipGenerator(i -> t("overview.backed-tip", c.stats(i).premisesBacked(), c.stats(i).premises()))
                .setFlexGrow(0);
        number(t("overview.unsupported"), c, MapStats::unsupportedClaims).setHeader(header(t("overview.unsupported"), t("overview.unsupported-help")));
        number(t("overview.unanswered"), c, MapStats::unansweredObjections).setHeader(header(t("overview.unanswered"), t("overview.unanswered-help")));
        if (c.hasReference()) {
            addColumn(i -> Text.decimal(c.vsReference(i).overall(), 2)).setHeader(header(t("overview.key"), t("overview.key-help"))).setKey("key")
                    .setComparator(Comparator.comparingDouble(i -> c.vsReference(i).overall())).setWidth(widthFor(t("overview.key"))).setFlexGrow(0);
        }
        addColumn(i -> when(c.map(i).lastEdit()) + (editedSince(c, i) ? " " + t("overview.after-submitting") : "")).setHeader(t("overview.last-edit"))
                .setComparator(Comparator.comparing(i -> c.map(i).lastEdit())).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(i -> submitted(c, i)).setHeader(t("overview.submitted"))
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

    private Span submitted(Comparison c, int i) {
        Span s = new Span(when(c.map(i).submittedAt()) + (c.map(i).late() ? " " + t("overview.late") : ""));
        if (c.map(i).late()) {
            s.addClassName("late");
        }
        return s;
    }

    private String when(Instant t) {
        return t == null ? "" : dates.format(t);
    }
}
