package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.warrant.export.OutlineFormat.CitationLine;
import org.warrant.export.OutlineFormat.Role;
import org.warrant.export.ParsedOutline.Item;
import org.warrant.export.ParsedOutline.Quote;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/**
 * Reads a Markdown outline with Flexmark: Warrant's own format (docs/markdown-outline.md), or a hand-written
 * nested bullet list. Collects every problem it finds, each with its line, rather than stopping at the first.
 */
final class OutlineReader {

    static final int MAX_DEPTH = 200;
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    private static final Pattern HEAD = Pattern.compile("(?s)(?: \\((pro|con|" + OutlineFormat.ATTACKS_INFERENCE + ")\\))?:(.*)");
    private static final Pattern ID = Pattern.compile("<!-- id: (\\S+) -->");

    record Result(ParsedOutline outline, List<OutlineProblem> problems) {
    }

    private final List<OutlineProblem> problems = new ArrayList<>();
    private final List<Item> nodes = new ArrayList<>();
    private boolean inFormat;

    static Result read(String markdown) {
        OutlineReader reader = new OutlineReader();
        ParsedOutline outline = reader.document(PARSER.parse(markdown));
        return new Result(outline, reader.problems);
    }

    private ParsedOutline document(Node doc) {
        Node n = doc.getFirstChild();
        String title = null;
        if (n instanceof Heading h && h.getLevel() == 1) {
            title = InlineText.of(h).strip();
            n = n.getNext();
        }
        List<ParsedOutline.ArticleLine> articles = List.of();
        if (n instanceof BulletList meta && firstText(meta).startsWith("Format:")) {
            inFormat = true;
            articles = new MetadataReader(problems).articles(meta);
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
            for (; list != null; list = list.getNext()) {
                problems.add(new OutlineProblem(line(list), "Nothing may follow the map's list; is this part of an item? Indent it under the item."));
            }
        }
        return new ParsedOutline(title, description.isEmpty() ? null : String.join("\n\n", description), inFormat, articles, nodes);
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
            if (nodes.size() > MapRules.MAX_NODES) {
                problems.add(new OutlineProblem(line(child), "A map holds at most %,d nodes; the outline has more.".formatted(MapRules.MAX_NODES)));
                return;
            }
            if (child instanceof ListItem item) {
                if (inFormat) {
                    formatItem(item, parent, null, depth);
                } else {
                    new PlainItemReader(this).item(item, parent, depth);
                }
            }
        }
    }

    /** An item of Warrant's format: "**Role** (stance): text <!-- id: ref -->", its quotes, its children. */
    private void formatItem(ListItem item, Integer parent, Integer group, int depth) {
        if (!(item.getFirstChild() instanceof Paragraph head) || !(head.getFirstChild() instanceof StrongEmphasis strong)) {
            problems.add(new OutlineProblem(line(item), "An item starts with its role in bold, e.g. **Premise** (pro): …"));
            return;
        }
        String label = InlineText.of(strong).strip();
        Role role = Role.of(label).orElse(null);
        Matcher m = HEAD.matcher(InlineText.between(strong.getNext(), null));
        if (role == null || !m.matches()) {
            problems.add(new OutlineProblem(line(item), role == null ? "\"" + label + "\" is not a role; use Claim, Premise, Objection, Rebuttal, Undercut, Evidence or Linked reason."
                    : "After the role comes the stance in brackets and a colon, e.g. **Premise** (pro): …"));
            return;
        }
        Stance stance = m.group(1) == null ? Stance.NONE : m.group(1).startsWith("con") ? Stance.CON : Stance.PRO;
        if (role == Role.LINKED_REASON) {
            linkedReason(item, parent, depth);
            return;
        }
        List<Quote> quotes = new ArrayList<>();
        List<ListBlock> lists = new ArrayList<>();
        for (Node child = head.getNext(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote q) {
                quote(q).ifPresent(quotes::add);
            } else if (child instanceof ListBlock l) {
                lists.add(l);
            } else {
                problems.add(new OutlineProblem(line(child), "Under an item only quotes (> …) and further items may follow."));
            }
        }
        add(new Item(ref(head), parent, role.kind(), stance, m.group(2).strip(), group, role == Role.UNDERCUT, quotes, line(item)));
        int index = nodes.size() - 1;
        lists.forEach(l -> items(l, index, depth + 1));
    }

    /** Co-premises: "**Linked reason** (pro):" and the premises as its items; they share the outer parent. */
    private void linkedReason(ListItem item, Integer parent, int depth) {
        if (!(item.getFirstChild().getNext() instanceof ListBlock members) || members.getNext() != null) {
            problems.add(new OutlineProblem(line(item), "A linked reason holds its co-premises as a list under it, and nothing else."));
            return;
        }
        Integer group = null;
        for (Node child = members.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem member) {
                int before = nodes.size();
                formatItem(member, parent, group, depth + 1);
                if (group == null && nodes.size() > before) {
                    group = before;
                    nodes.set(before, withGroup(nodes.get(before), before));
                }
            }
        }
    }

    private java.util.Optional<Quote> quote(BlockQuote q) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                paragraphs.add(p);
            }
        }
        CitationLine source = paragraphs.size() < 2 ? null : CitationLine.parse(InlineText.of(paragraphs.getLast())).orElse(null);
        if (source == null) {
            problems.add(new OutlineProblem(line(q), "A quote ends with a line saying where it is: — Short title, ¶ 3, characters 120–180"));
            return java.util.Optional.empty();
        }
        List<String> text = paragraphs.subList(0, paragraphs.size() - 1).stream().map(InlineText::of).toList();
        return java.util.Optional.of(new Quote(String.join("\n\n", text), source, line(q)));
    }

    private String ref(Paragraph head) {
        for (Node n = head.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInlineComment c) {
                Matcher m = ID.matcher(c.getChars());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return org.warrant.maps.NodeRefs.next(); // an item added by hand gets a fresh id
    }

    private static Item withGroup(Item i, int group) {
        return new Item(i.ref(), i.parent(), i.kind(), i.stance(), i.text(), group, i.undercut(), i.quotes(), i.line());
    }

    void add(Item item) {
        nodes.add(item);
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

    static int line(Node n) {
        return n.getStartLineNumber() + 1;
    }

    private static String firstText(ListBlock list) {
        return list.getFirstChild() != null && list.getFirstChild().getFirstChild() instanceof Paragraph p ? InlineText.of(p) : "";
    }

}
