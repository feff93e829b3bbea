package org.warrant.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A list of arguments shown nested as written, each item led by its role: how Warrant read an outline, for the
 * user to check before anything is made of it (a new map, or nodes added to a map).
 */
public class RoleTree extends Div {

    /** Whether a role argues for, against, or neither: the badge's colour, which only helps (the label says it). */
    public enum Tone { FOR, AGAINST, NEUTRAL }

    /** One item: its depth (0 at the top), its role's label and key (for styling), tone, text, and line in the file. */
    public record Row(int depth, String role, String roleKey, Tone tone, String text, int line) {
    }

    public RoleTree(String heading, String intro, List<Row> rows) {
        addClassName("list-preview");
        add(new H2(heading), new Paragraph(intro), tree(rows));
    }

    /** Styled here rather than in the theme's CSS: the badge is this preview's alone. */
    private static void badge(Span role, Tone tone) {
        String[] colours = switch (tone) {
            case AGAINST -> new String[] {"var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"};
            case FOR -> new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"};
            case NEUTRAL -> new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)"};
        };
        role.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600").set("text-transform", "uppercase")
                .set("letter-spacing", "0.04em").set("padding", "0.1em 0.5em").set("margin-inline-end", "0.6em")
                .set("border-radius", "var(--lumo-border-radius-s)").set("background", colours[0]).set("color", colours[1]);
    }

    /** The items nested as read, built with a stack of open lists (the nesting is the file's). */
    private static UnorderedList tree(List<Row> rows) {
        UnorderedList top = new UnorderedList();
        top.addClassName("preview-tree");
        top.getStyle().set("line-height", "2");
        Deque<UnorderedList> open = new ArrayDeque<>();
        open.push(top);
        ListItem last = null;
        for (Row row : rows) {
            while (open.size() > row.depth() + 1) {
                open.pop();
            }
            if (open.size() < row.depth() + 1 && last != null) {
                UnorderedList nested = new UnorderedList();
                last.add(nested);
                open.push(nested);
            }
            Span role = new Span(row.role());
            role.addClassNames("role-badge", "role-" + row.roleKey().toLowerCase(Locale.ROOT).replace('_', '-'));
            badge(role, row.tone());
            Span text = new Span(row.text());
            text.getElement().setAttribute("dir", "auto");
            last = new ListItem(role, text);
            last.getElement().setAttribute("title", Text.t("problems.line", row.line()));
            open.peek().add(last);
        }
        return top;
    }
}
