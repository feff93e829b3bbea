package org.warrant.export;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The plain text of parsed Markdown inlines, the reverse of {@link MarkdownText}; markup keeps only its text. */
final class InlineText {

    private InlineText() {
    }

    static String of(Node parent) {
        StringBuilder out = new StringBuilder();
        append(parent.getFirstChild(), null, out);
        return out.toString();
    }

    /** The text of the inlines from {@code first} up to (not including) {@code end}, or to the last. */
    static String between(Node first, Node end) {
        StringBuilder out = new StringBuilder();
        append(first, end, out);
        return out.toString();
    }

    /**
     * Most text has nothing to unescape, and Flexmark's unescaping runs regular expressions over every
     * character; such text is copied straight from the outline's string, not a character at a time.
     */
    private static void appendUnescaped(BasedSequence chars, StringBuilder out) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&') {
                out.append(chars.unescape());
                return;
            }
        }
        if (chars.getBase() instanceof String source && chars.getEndOffset() - chars.getStartOffset() == chars.length()) { // one span of it
            out.append(source, chars.getStartOffset(), chars.getEndOffset());
        } else {
            out.append(chars);
        }
    }

    private static void append(Node from, Node end, StringBuilder out) {
        for (Node n = from; n != null && n != end; n = n.getNext()) {
            switch (n) {
                case Text t -> appendUnescaped(t.getChars(), out);
                case HtmlEntity e -> out.append(e.getChars().unescape());
                case HardLineBreak b -> out.append('\n');
                case SoftLineBreak b -> out.append(' '); // a line wrapped by hand in the source
                case Code c -> out.append(c.getText());
                case AutoLink a -> out.append(a.getText());
                case HtmlInlineComment c -> { } // node ids and other comments are not text
                case HtmlInline h -> out.append(h.getChars());
                default -> append(n.getFirstChild(), null, out);
            }
        }
    }
}
