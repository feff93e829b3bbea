package org.warrant.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written list added under a node reads as that node's replies: at its top level too, "+ " marks a
 * reason and "- " an objection, as they do under any item. The list is read indented under a stand-in item,
 * which is then dropped; line numbers are the user's own. A title line ("# …") means nothing there and is
 * skipped. An outline in Warrant's format names its roles and is read as it is.
 */
final class UnderNode {

    private static final String STAND_IN = "* The node the list goes under";

    private UnderNode() {
    }

    static boolean applies(String markdown) {
        return !markdown.contains(OutlineSyntax.FORMAT_LINE);
    }

    /** The list indented under the stand-in item, one line longer at the top. */
    static String wrap(String markdown) {
        StringBuilder out = new StringBuilder(STAND_IN).append('\n');
        boolean titleSeen = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            boolean title = !titleSeen && line.startsWith("# ");
            titleSeen |= title || !line.isBlank();
            out.append(title || line.isBlank() ? "" : "  " + line).append('\n');
        }
        return out.toString();
    }

    /** The items of the wrapped list without the stand-in: its replies become top items, lines as the user wrote them. */
    static List<UnresolvedOutline.Item> unwrap(List<UnresolvedOutline.Item> items) {
        List<UnresolvedOutline.Item> out = new ArrayList<>(Math.max(0, items.size() - 1));
        for (UnresolvedOutline.Item item : items.subList(Math.min(1, items.size()), items.size())) {
            out.add(new UnresolvedOutline.Item(item.ref(), up(item.parent()), item.kind(), item.stance(), item.text(), up(item.group()),
                    item.undercut(), item.quotes().stream().map(q -> new UnresolvedOutline.Quote(q.text(), q.citation(), q.line() - 1)).toList(),
                    item.line() - 1));
        }
        return out;
    }

    static List<OutlineProblem> unwrapLines(List<OutlineProblem> problems) {
        return problems.stream().map(p -> new OutlineProblem(Math.max(0, p.line() - 1), p.message())).toList();
    }

    /** The reading without the stand-in: one level shallower, lines as the user wrote them. */
    static OutlineReading unwrap(OutlineReading reading) {
        List<OutlineReading.Line> lines = reading.lines().stream().skip(1)
                .map(l -> new OutlineReading.Line(l.depth() - 1, l.role(), l.text(), l.line() - 1)).toList();
        return new OutlineReading(reading.handWritten(), reading.bulletsArePolarity(), null, lines, unwrapLines(reading.problems()),
                reading.likelyArticleId());
    }

    /** Index 0 was the stand-in: its children have no parent here. */
    private static Integer up(Integer index) {
        return index == null || index == 0 ? null : index - 1;
    }
}
