package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import org.warrant.export.OutlineSyntax.CitationLine;
import org.warrant.export.OutlineSyntax.Role;
import org.warrant.export.UnresolvedOutline.Item;
import org.warrant.export.UnresolvedOutline.Quote;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Stance;

/**
 * An item of Warrant's own format: "**Role** (stance): text <!-- id: ref -->", then its quotes, each ending
 * with its source line, then the items under it. A linked reason holds its co-premises.
 */
final class FormatItemReader {

    private static final Pattern ID = Pattern.compile("<!-- id: (\\S+) -->");

    private final OutlineReader outline;

    FormatItemReader(OutlineReader outline) {
        this.outline = outline;
    }

    /** An item of Warrant's format: "**Role** (stance): text <!-- id: ref -->", its quotes, its children. */
    void item(ListItem item, Integer parent, Integer group, int depth) {
        if (!(item.getFirstChild() instanceof Paragraph head) || !(head.getFirstChild() instanceof StrongEmphasis strong)) {
            outline.problem(item, "An item starts with its role in bold, e.g. **Premise** (pro): …");
            return;
        }
        String label = InlineText.of(strong).strip();
        Role role = Role.of(label).orElse(null);
        String rest = InlineText.between(strong.getNext(), null);
        Stance stance = stanceOf(rest);
        if (role == null || stance == null) {
            outline.problem(item, role == null ? "\"" + label + "\" is not a role; use Claim, Premise, Objection, Rebuttal, Undercut, Evidence or Linked reason."
                    : "After the role comes the stance in brackets and a colon, e.g. **Premise** (pro): …");
            return;
        }
        String text = rest.substring(rest.indexOf(':') + 1).strip();
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
                outline.problem(child, "Under an item only quotes (> …) and further items may follow.");
            }
        }
        outline.add(new Item(ref(head), parent, role.kind(), stance, text, group, role == Role.UNDERCUT, quotes, outline.line(item)));
        int index = outline.size() - 1;
        lists.forEach(l -> outline.children(l, index, depth + 1));
    }

    /** Co-premises: "**Linked reason** (pro):" and the premises as its items; they share the outer parent. */
    private void linkedReason(ListItem item, Integer parent, int depth) {
        if (!(item.getFirstChild().getNext() instanceof ListBlock members) || members.getNext() != null) {
            outline.problem(item, "A linked reason holds its co-premises as a list under it, and nothing else.");
            return;
        }
        Integer group = null;
        for (Node child = members.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem member) {
                int before = outline.size();
                item(member, parent, group, depth + 1);
                if (group == null && outline.size() > before) {
                    group = before;
                    outline.replace(before, withGroup(outline.get(before), before));
                }
            }
        }
    }

    private Optional<Quote> quote(BlockQuote q) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                paragraphs.add(p);
            }
        }
        CitationLine source = paragraphs.size() < 2 ? null : CitationLine.parse(InlineText.of(paragraphs.getLast())).orElse(null);
        if (source == null) {
            outline.problem(q, "A quote ends with a line saying where it is: — Short title, ¶ 3, characters 120–180");
            return Optional.empty();
        }
        List<String> text = paragraphs.subList(0, paragraphs.size() - 1).stream().map(InlineText::of).toList();
        return Optional.of(new Quote(String.join("\n\n", text), source, outline.line(q)));
    }

    /** The stance of "(pro): text", "(con): text", "(con, attacks the inference): text" or ": text"; null if none. */
    private static Stance stanceOf(String rest) {
        if (rest.startsWith(":")) {
            return Stance.NONE;
        }
        for (String stance : List.of("pro", "con", OutlineSyntax.ATTACKS_INFERENCE)) {
            if (rest.startsWith(" (" + stance + "):")) {
                return stance.equals("pro") ? Stance.PRO : Stance.CON;
            }
        }
        return null;
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
        return NodeRefs.next(); // an item added by hand gets a fresh id
    }

    private static Item withGroup(Item i, int group) {
        return new Item(i.ref(), i.parent(), i.kind(), i.stance(), i.text(), group, i.undercut(), i.quotes(), i.line());
    }

}
