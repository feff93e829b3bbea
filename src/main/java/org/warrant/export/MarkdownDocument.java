package org.warrant.export;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A Markdown document for other features' reports (headings, paragraphs, nested bullet lists), built as a
 * Flexmark AST and rendered by Flexmark's formatter, the way outlines are. All text given is literal: it is
 * escaped as in outlines, so nothing in it becomes markup or HTML.
 */
public final class MarkdownDocument {

    private static final Formatter FORMATTER = Formatter.builder(new MutableDataSet()).build();

    private final Document doc = new Document(new MutableDataSet(), BasedSequence.NULL);

    public MarkdownDocument heading(int level, String text) {
        doc.appendChild(OutlineWriter.heading(level, text));
        return this;
    }

    public MarkdownDocument paragraph(String text) {
        doc.appendChild(OutlineWriter.lines(new Paragraph(), text, true));
        return this;
    }

    /** A bullet list at the end of the document. */
    public Bullets bullets() {
        BulletList list = OutlineWriter.list();
        doc.appendChild(list);
        return new Bullets(list);
    }

    public String render() {
        return FORMATTER.render(doc);
    }

    /** Items of one bullet list. */
    public static final class Bullets {

        private final BulletList list;

        private Bullets(BulletList list) {
            this.list = list;
        }

        public Bullets item(String text) {
            return item(null, text);
        }

        /** An item starting with a bold label, then the text. */
        public Bullets item(String label, String text) {
            Paragraph p = new Paragraph();
            if (label != null) {
                p.appendChild(OutlineWriter.strong(MarkdownText.singleLine(label)));
                p.appendChild(OutlineWriter.text(text.isEmpty() ? "" : " "));
            }
            list.appendChild(OutlineWriter.item(OutlineWriter.lines(p, text, label == null)));
            return this;
        }

        /** A list nested in the last item. */
        public Bullets nested() {
            BulletList inner = OutlineWriter.list();
            list.getLastChild().appendChild(inner);
            return new Bullets(inner);
        }
    }
}
