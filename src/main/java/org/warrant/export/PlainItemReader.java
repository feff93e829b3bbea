package org.warrant.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import org.warrant.export.UnresolvedOutline.Item;
import org.warrant.export.UnresolvedOutline.Quote;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Stance;

/**
 * An item of a hand-written outline. Top-level items are claims. Under them, "+ " or "Pro:" before the text
 * makes a reason, "- " or "Con:" an objection (a reason when neither is there), and a "> " quote under an
 * item is evidence for it, to be found in the article the importer chooses. In a list whose items are
 * bulleted "+" and "-" (as Argdown and Kialo write pro and con), the bullet itself is the mark: "+" a reason,
 * "-" an objection, "*" a reason; in a list without "+" bullets, "-" is only a bullet (docs/markdown-outline.md).
 */
final class PlainItemReader {

    private final OutlineReader outline;

    PlainItemReader(OutlineReader outline) {
        this.outline = outline;
    }

    void item(ListItem item, Integer parent, int depth) {
        if (parent != null && item.getFirstChild() instanceof BlockQuote q) { // "- > quote": evidence for the parent
            evidence(q, parent);
            return;
        }
        Stance stance = parent == null ? Stance.NONE : bulletStance(item);
        Node rest = null; // blocks of the outer item after a "+ "/"- " mark, which belong to the marked item too
        // "- + text" is read by Markdown as an item holding a one-item list marked "+": that mark is the stance.
        if (parent != null && item.getFirstChild() instanceof BulletList inner && inner.getFirstChild() == inner.getLastChild()
                && (inner.getOpeningMarker() == '+' || inner.getOpeningMarker() == '-') && inner.getFirstChild() instanceof ListItem only) {
            stance = inner.getOpeningMarker() == '+' ? Stance.PRO : Stance.CON;
            rest = inner.getNext();
            item = only;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Node child = item.getFirstChild(); child instanceof Paragraph p; child = child.getNext()) {
            paragraphs.add(InlineText.of(p).strip());
        }
        if (paragraphs.isEmpty()) {
            outline.problem(item, "This item has no text.");
            return;
        }
        String text = String.join("\n\n", paragraphs);
        if (parent != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("pro:") || lower.startsWith("con:")) {
                stance = lower.startsWith("pro:") ? Stance.PRO : Stance.CON;
                text = text.substring(4).strip();
            }
        }
        NodeKind kind = parent == null ? NodeKind.CLAIM : stance == Stance.CON ? NodeKind.OBJECTION : NodeKind.PREMISE;
        outline.add(new Item(NodeRefs.next(), parent, kind, stance, text, null, false, List.of(), outline.line(item)));
        int index = outline.size() - 1;
        blocks(item.getFirstChild(), index, depth);
        blocks(rest, index, depth);
    }

    /** The stance a sub-item's own bullet gives it: CON for "-" when the list writes pro and con as "+" and "-". */
    private Stance bulletStance(ListItem item) {
        return outline.bulletsArePolarity() && item.getParent() instanceof BulletList list && list.getOpeningMarker() == '-'
                ? Stance.CON : Stance.PRO;
    }

    /**
     * Whether a hand-written list bullets some sub-items "+": then "+" and "-" bullets are its pro and con. A "+"
     * list that opens an item ("- + text", one item marked "+") is a mark on that item, not a bullet style.
     * Walked with a stack of its own, since the nesting is the file's.
     */
    static boolean usesPlusBullets(ListBlock claims) {
        Deque<Node> pending = new ArrayDeque<>(List.of(claims));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof BulletList list && list.getOpeningMarker() == '+' && list.getParent() instanceof ListItem owner
                    && owner.getFirstChild() != list) {
                return true;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock || child instanceof ListItem) {
                    pending.push(child);
                }
            }
        }
        return false;
    }

    private void blocks(Node from, int index, int depth) {
        for (Node child = from; child != null; child = child.getNext()) {
            if (child instanceof BlockQuote q) {
                evidence(q, index);
            } else if (child instanceof ListBlock list) {
                outline.children(list, index, depth + 1);
            }
        }
    }

    /** A quote under an item: evidence for it, with the quote as its text. */
    private void evidence(BlockQuote q, int parent) {
        List<String> paragraphs = new ArrayList<>();
        for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                paragraphs.add(InlineText.of(p).strip());
            }
        }
        if (paragraphs.isEmpty()) {
            outline.problem(q, "This quote is empty.");
            return;
        }
        String quote = String.join("\n\n", paragraphs);
        int line = outline.line(q);
        outline.add(new Item(NodeRefs.next(), parent, NodeKind.EVIDENCE, Stance.PRO, quote, null, false,
                List.of(new Quote(quote, null, line)), line));
    }
}
