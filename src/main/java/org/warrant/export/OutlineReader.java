package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.warrant.export.ParsedOutline.Item;
import org.warrant.maps.MapRules;

/**
 * Reads a Markdown outline with Flexmark: Warrant's own format (docs/markdown-outline.md), or a hand-written
 * nested bullet list. Collects every problem it finds, each with its line, rather than stopping at the first.
 */
final class OutlineReader {

    static final int MAX_DEPTH = 200;
    static final int PARSED_IN_TWO_FROM = 200_000;
    private static final Parser PARSER = BlockStartsByFirstChar.parser();
    private static final Parser SECOND_PARSER = BlockStartsByFirstChar.parser();

    record Result(ParsedOutline outline, List<OutlineProblem> problems) {
    }

    private final List<OutlineProblem> problems = new ArrayList<>();
    private final List<Item> nodes = new ArrayList<>();
    private final int[] lineStarts;
    private boolean inFormat;
    private boolean tooMany;

    private OutlineReader(int[] lineStarts, boolean inFormat) {
        this.lineStarts = lineStarts;
        this.inFormat = inFormat;
    }

    static Result read(String markdown) {
        int[] lines = lineStarts(markdown);
        OutlineReader reader = new OutlineReader(lines, false);
        BasedSequence all = BasedSequence.of(markdown);
        int cut = cut(markdown);
        if (cut < 0) {
            return new Result(reader.document(PARSER.parse(all), null), reader.problems);
        }
        // Parsing is most of the time an import takes: a long outline is read as two halves on two cores.
        CompletableFuture<OutlineReader> rest = CompletableFuture.supplyAsync(() -> {
            OutlineReader second = new OutlineReader(lines, true);
            second.continuation(SECOND_PARSER.parse(all.subSequence(cut)));
            return second;
        });
        ParsedOutline outline = reader.document(PARSER.parse(all.subSequence(0, cut)), rest);
        return new Result(outline, reader.problems);
    }

    /** Where each line starts; Flexmark counts a node's line from the top each time, which for 10,000 items is quadratic. */
    private static int[] lineStarts(String markdown) {
        int count = 1;
        for (int i = 0; i < markdown.length(); i++) {
            count += markdown.charAt(i) == '\n' ? 1 : 0;
        }
        int[] starts = new int[count];
        for (int i = 0, line = 1; i < markdown.length(); i++) {
            if (markdown.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /**
     * Where a long outline in Warrant's format can be cut in two: at a top-level item near the middle of the
     * map's list. A line starting with "- " there always begins a new item of that list, so both halves read
     * as the whole would. -1 for short outlines and anything else.
     */
    static int cut(String markdown) {
        int list = markdown.indexOf("\n## " + OutlineFormat.MAP_HEADING + "\n");
        if (markdown.length() < PARSED_IN_TWO_FROM || list < 0 || !markdown.substring(0, list).contains("\n- " + OutlineFormat.FORMAT_LINE + "\n")) {
            return -1;
        }
        int comments = markdown.indexOf("\n## " + OutlineFormat.COMMENTS_HEADING + "\n", list);
        int end = comments < 0 ? markdown.length() : comments; // the cut falls in the map's list, never in its comments
        int at = markdown.indexOf("\n- ", list + (end - list) / 2);
        return at < 0 || at >= end ? -1 : at + 1;
    }

    /** {@code rest}: the second half of the map's list, when the outline is read in two; else null. */
    private ParsedOutline document(Node doc, CompletableFuture<OutlineReader> rest) {
        Node n = doc.getFirstChild();
        String title = null;
        if (n instanceof Heading h && h.getLevel() == 1) {
            title = InlineText.of(h).strip();
            n = n.getNext();
        }
        List<ParsedOutline.ArticleLine> articles = List.of();
        if (n instanceof BulletList meta && firstText(meta).startsWith("Format:")) {
            inFormat = true;
            articles = new MetadataReader(problems, this::line).articles(meta);
            n = n.getNext();
        }
        List<String> description = new ArrayList<>();
        for (; n != null && !isMapStart(n); n = n.getNext()) {
            if (n instanceof Paragraph p) {
                description.add(InlineText.of(p).strip());
            } else if (!(n instanceof Heading)) {
                problems.add(new OutlineProblem(line(n), inFormat ? "Only a description may stand between the outline's details and \"## "
                        + OutlineFormat.MAP_HEADING + "\"." : "Write the map as one bullet list: top-level items are claims."));
            }
        }
        if (n == null) {
            problems.add(new OutlineProblem(0, inFormat ? "The outline has no \"## " + OutlineFormat.MAP_HEADING + "\" heading with its list."
                    : "There is no bullet list here. Write the map as a nested list: top-level items are claims, items under them their reasons."));
        } else {
            Node list = n instanceof Heading ? n.getNext() : n;
            if (list instanceof ListBlock claims) {
                items(claims, null, 0);
                list = list.getNext();
            }
            trailing(list);
        }
        if (rest != null) {
            append(rest.join());
        }
        return new ParsedOutline(title, description.isEmpty() ? null : String.join("\n\n", description), inFormat, articles, nodes);
    }

    /** The second half of a long outline: the rest of the map's list. */
    private void continuation(Node doc) {
        Node more = doc.getFirstChild();
        if (more instanceof ListBlock list) {
            items(list, null, 0);
            more = more.getNext();
        }
        trailing(more);
    }

    private void trailing(Node after) {
        for (; after != null; after = after.getNext()) {
            if (isCommentsStart(after)) {
                return; // comments are the exported map's, not part of the map to import
            }
            problems.add(new OutlineProblem(line(after), "Nothing may follow the map's list; is this part of an item? Indent it under the item."));
        }
    }

    /** The items of the second half after this half's, their parents and groups renumbered to match. */
    private void append(OutlineReader second) {
        int offset = nodes.size();
        for (Item i : second.nodes) {
            nodes.add(new Item(i.ref(), i.parent() == null ? null : i.parent() + offset, i.kind(), i.stance(), i.text(),
                    i.group() == null ? null : i.group() + offset, i.undercut(), i.quotes(), i.line()));
        }
        problems.addAll(second.problems);
    }

    private boolean isCommentsStart(Node n) {
        return inFormat && n instanceof Heading h && h.getLevel() == 2
                && InlineText.of(h).strip().equals(OutlineFormat.COMMENTS_HEADING);
    }

    private boolean isMapStart(Node n) {
        return inFormat ? n instanceof Heading h && h.getLevel() == 2 && InlineText.of(h).strip().equals(OutlineFormat.MAP_HEADING)
                : n instanceof ListBlock;
    }

    private void items(ListBlock list, Integer parent, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(new OutlineProblem(line(list), "The outline nests deeper than " + MAX_DEPTH + " levels."));
            return;
        }
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (nodes.size() > MapRules.MAX_NODES) { // said once; reading further would only use memory
                if (!tooMany) {
                    problems.add(new OutlineProblem(line(child), "A map holds at most %,d nodes; the outline has more.".formatted(MapRules.MAX_NODES)));
                    tooMany = true;
                }
                return;
            }
            if (child instanceof ListItem item) {
                if (inFormat) {
                    new FormatItemReader(this).item(item, parent, null, depth);
                } else {
                    new PlainItemReader(this).item(item, parent, depth);
                }
            }
        }
    }

    void add(Item item) {
        nodes.add(item);
    }

    void replace(int index, Item item) {
        nodes.set(index, item);
    }

    Item get(int index) {
        return nodes.get(index);
    }

    int size() {
        return nodes.size();
    }

    void problem(Node at, String message) {
        problems.add(new OutlineProblem(line(at), message));
    }

    void children(ListBlock list, int parent, int depth) {
        items(list, parent, depth);
    }

    /** The 1-based line a node starts on. */
    int line(Node n) {
        int at = java.util.Arrays.binarySearch(lineStarts, n.getStartOffset());
        return (at >= 0 ? at : -at - 2) + 1;
    }

    private static String firstText(ListBlock list) {
        return list.getFirstChild() != null && list.getFirstChild().getFirstChild() instanceof Paragraph p ? InlineText.of(p) : "";
    }
}
