package org.warrant.export.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.warrant.export.OutlineReading;
import org.warrant.maps.NodeRole;
import org.warrant.ui.Counted;

/**
 * How Warrant read a hand-written list, item by item with its role, for the user to check before the map is
 * made: the same list, nested as written, each item led by its role.
 */
class ListPreview extends Div {

    ListPreview(OutlineReading reading) {
        addClassName("list-preview");
        add(new H2("How Warrant read your list"));
        add(new Paragraph(summary(reading) + (reading.bulletsArePolarity()
                ? " Your list is bulleted with “+” and “-”: “+” items are read as reasons, “-” items as objections."
                : " “+ ” and “Pro:” mark reasons, “- ” and “Con:” objections; other items are reasons.")
                + " If a role is wrong, change the text and check again."));
        add(tree(reading));
    }

    private static String summary(OutlineReading reading) {
        return String.join(", ", Counted.of(reading.count(NodeRole.CLAIM), "claim", "claims"),
                Counted.of(reading.count(NodeRole.PREMISE, NodeRole.CO_PREMISE), "reason", "reasons"),
                Counted.of(reading.count(NodeRole.OBJECTION, NodeRole.REBUTTAL, NodeRole.UNDERCUT), "objection", "objections"),
                Counted.of(reading.count(NodeRole.EVIDENCE, NodeRole.EVIDENCE_AGAINST), "quote", "quotes")) + ".";
    }

    /** Styled here rather than in the theme's CSS: the badge is this preview's alone. The label says the role, colour only helps. */
    private static void badge(Span role, NodeRole which) {
        String[] colours = switch (which) {
            case OBJECTION, REBUTTAL, UNDERCUT, EVIDENCE_AGAINST -> new String[] {"var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"};
            case PREMISE, CO_PREMISE -> new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"};
            default -> new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)"};
        };
        role.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600").set("text-transform", "uppercase")
                .set("letter-spacing", "0.04em").set("padding", "0.1em 0.5em").set("margin-inline-end", "0.6em")
                .set("border-radius", "var(--lumo-border-radius-s)").set("background", colours[0]).set("color", colours[1]);
    }

    /** The items nested as read, built with a stack of open lists (the nesting is the file's). */
    private static UnorderedList tree(OutlineReading reading) {
        UnorderedList top = new UnorderedList();
        top.addClassName("preview-tree");
        top.getStyle().set("line-height", "2");
        Deque<UnorderedList> open = new ArrayDeque<>();
        open.push(top);
        ListItem last = null;
        for (OutlineReading.Line line : reading.lines()) {
            while (open.size() > line.depth() + 1) {
                open.pop();
            }
            if (open.size() < line.depth() + 1 && last != null) {
                UnorderedList nested = new UnorderedList();
                last.add(nested);
                open.push(nested);
            }
            Span role = new Span(line.role().label());
            role.addClassNames("role-badge", "role-" + line.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            badge(role, line.role());
            Span text = new Span(line.role() == NodeRole.EVIDENCE ? "“" + line.text() + "”" : line.text());
            text.getElement().setAttribute("dir", "auto");
            last = new ListItem(role, text);
            last.getElement().setAttribute("title", "Line " + line.line());
            open.peek().add(last);
        }
        return top;
    }
}
