package org.warrant.export;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.warrant.export.UnresolvedOutline.Item;
import org.warrant.maps.MapRules;
import org.warrant.shared.MarkdownNesting;

/**
 * Reads a Markdown outline with Flexmark: Warrant's own format (docs/markdown-outline.md), or a hand-written
 * nested bullet list. Collects every problem it finds, each with its line, rather than stopping at the first.
 */
final class OutlineReader {

    static final int PIECE_CHARS = 100_000;
    private static final Parser PARSER = BlockStartsByFirstChar.parser(); // thread-safe: a new state for each parse

    private final List<OutlineProblem> problems = new ArrayList<>();
    private final List<Item> nodes = new ArrayList<>();
    private final int[] lineStarts;
    private final List<String> description = new ArrayList<>();
    private String title;
    private List<UnresolvedOutline.ArticleLine> articles = List.of();
    private boolean inFormat;
    private boolean tooMany;
    private boolean bulletsArePolarity;

    private OutlineReader(int[] lineStarts, boolean inFormat) {
        this.lineStarts = lineStarts;
        this.inFormat = inFormat;
    }

    /** Reads the outline a piece at a time (see {@link #pieces}); piece 0 holds its title, details and description. */
    static OutlinePieces read(String markdown) {
        int[] lines = lineStarts(markdown);
        BasedSequence all = BasedSequence.of(markdown);
        int[] starts = pieces(markdown);
        return new OutlinePieces(starts.length, i -> {
            OutlineReader reader = new OutlineReader(lines, i > 0);
            Node doc = PARSER.parse(all.subSequence(starts[i], i + 1 < starts.length ? starts[i + 1] : all.length()));
            if (i == 0) {
                reader.document(doc);
            } else {
                reader.continuation(doc);
            }
            return reader;
        });
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
     * Where the pieces a long outline in Warrant's format is read in start: the first at 0, the others at
     * top-level items of the map's list, about {@link #PIECE_CHARS} apart. A line starting with "- " there
     * always begins a new item of that list, so the pieces read as the whole would. Just {0} for short
     * outlines and anything else.
     */
    static int[] pieces(String markdown) {
        int list = markdown.indexOf("\n## " + OutlineSyntax.MAP_HEADING + "\n");
        if (markdown.length() < 2 * PIECE_CHARS || list < 0 || !markdown.substring(0, list).contains("\n- " + OutlineSyntax.FORMAT_LINE + "\n")) {
            return new int[] {0};
        }
        int comments = markdown.indexOf("\n## " + OutlineSyntax.COMMENTS_HEADING + "\n", list);
        int end = comments < 0 ? markdown.length() : comments; // cuts fall in the map's list, never in its comments
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int at = markdown.indexOf("\n- ", list + PIECE_CHARS); at >= 0 && at < end; at = markdown.indexOf("\n- ", at + PIECE_CHARS)) {
            starts.add(at + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The outline's first piece: its title, details and description, and the start of the map's list. */
    private void document(Node doc) {
        Node n = doc.getFirstChild();
        if (n instanceof Heading h && h.getLevel() == 1) {
            title = InlineText.of(h).strip();
            n = n.getNext();
        }
        if (n instanceof BulletList meta && firstText(meta).startsWith("Format:")) {
            inFormat = true;
            articles = new MetadataReader(problems, this::line).articles(meta);
            n = n.getNext();
        }
        for (; n != null && !isMapStart(n); n = n.getNext()) {
            if (n instanceof Paragraph p) {
                description.add(InlineText.of(p).strip());
            } else if (!(n instanceof Heading)) {
                problems.add(new OutlineProblem(line(n), inFormat ? "Only a description may stand between the outline's details and \"## "
                        + OutlineSyntax.MAP_HEADING + "\"." : "Write the map as one bullet list: top-level items are claims."));
            }
        }
        if (n == null) {
            problems.add(new OutlineProblem(0, inFormat ? "The outline has no \"## " + OutlineSyntax.MAP_HEADING + "\" heading with its list."
                    : "There is no bullet list here. Write the map as a nested list: top-level items are claims, items under them their reasons."));
        } else {
            Node list = n instanceof Heading ? n.getNext() : n;
            if (list instanceof ListBlock claims) {
                bulletsArePolarity = !inFormat && PlainItemReader.usesPlusBullets(claims);
                items(claims, null, 0);
                list = list.getNext();
            }
            trailing(list);
        }
    }

    /** This piece: for the first, the outline's title, details and description too; its items index the piece. */
    UnresolvedOutline outline() {
        return new UnresolvedOutline(title, description.isEmpty() ? null : String.join("\n\n", description), inFormat, articles, nodes);
    }

    /** A later piece of a long outline: more of the map's list, whole claims with everything under them. */
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

    private boolean isCommentsStart(Node n) {
        return inFormat && n instanceof Heading h && h.getLevel() == 2
                && InlineText.of(h).strip().equals(OutlineSyntax.COMMENTS_HEADING);
    }

    private boolean isMapStart(Node n) {
        return inFormat ? n instanceof Heading h && h.getLevel() == 2 && InlineText.of(h).strip().equals(OutlineSyntax.MAP_HEADING)
                : n instanceof ListBlock;
    }

    private void items(ListBlock list, Integer parent, int depth) {
        if (depth > MarkdownNesting.MAX_DEPTH) { // a second guard: the service refuses such text before parsing
            problems.add(new OutlineProblem(line(list), "The outline nests deeper than " + MarkdownNesting.MAX_DEPTH + " levels."));
            return;
        }
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (nodes.size() > MapRules.MAX_NODES) { // said once; reading further would only use memory
                if (!tooMany) {
                    problems.add(tooManyNodes(line(child)));
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

    /** An outline with more items than a map holds nodes, said at the first item too many. */
    static OutlineProblem tooManyNodes(int line) {
        return new OutlineProblem(line, "A map holds at most %,d nodes; the outline has more.".formatted(MapRules.MAX_NODES));
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

    List<OutlineProblem> problems() {
        return problems;
    }

    void problem(Node at, String message) {
        problems.add(new OutlineProblem(line(at), message));
    }

    /** True when a hand-written list marks reasons with "+" bullets, so that "-" bullets mark objections. */
    boolean bulletsArePolarity() {
        return bulletsArePolarity;
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
