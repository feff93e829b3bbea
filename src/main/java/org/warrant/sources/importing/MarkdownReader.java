package org.warrant.sources.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.warrant.shared.MarkdownNesting;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.BlockKind;
import org.warrant.sources.FrontMatter;

/**
 * Markdown, parsed with Flexmark: headings stay headings, paragraphs, list items and quotes become plain
 * paragraphs (markup dropped, words kept). A leading {@code ---} block of {@code key: value} lines, as in
 * Warrant's seed files, gives the metadata; otherwise the first level-1 heading is the title.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownReader() {
    }

    static ArticleDraft read(SourceFile file) {
        String text = file.text();
        FrontMatter meta;
        try {
            meta = FrontMatter.of(text).orElse(new FrontMatter(java.util.Map.of(), text));
        } catch (IllegalArgumentException e) {
            throw new ArticleRejectedException(file.name() + " starts with a '---' block that is not 'key: value' lines. "
                    + e.getMessage() + ". Fix that line or remove the block.", e);
        }
        MarkdownNesting.refusal(meta.body(), file.name()).ifPresent(why -> {
            throw new ArticleRejectedException(why);
        });
        List<DraftBlock> blocks = new ArrayList<>();
        collect(PARSER.parse(meta.body()), blocks); // on a deep stack: ArticleFileReader
        String given = meta.get("title");
        String title = given == null || given.isBlank() ? null : given; // "title:" with nothing after it names none
        if (title == null && !blocks.isEmpty() && blocks.getFirst().kind() == BlockKind.HEADING
                && blocks.getFirst().level() == 1) {
            title = blocks.removeFirst().text();
        }
        return new ArticleDraft(title != null ? title : file.baseName(), meta.get("authors"), meta.get("outlet"),
                date(meta.get("published")), meta.get("url"),
                ArticleKind.fromSlug(meta.get("kind")).orElse(ArticleKind.OTHER), blocks);
    }

    /** The blocks under {@code root} in document order; containers are opened with a stack, not by recursion. */
    private static void collect(Node root, List<DraftBlock> blocks) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        if (root.getFirstChild() != null) {
            pending.push(root.getFirstChild());
        }
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node.getNext() != null) {
                pending.push(node.getNext()); // the rest of this level, after what this node holds
            }
            if (node instanceof Heading heading) {
                add(blocks, DraftBlock.heading(heading.getLevel(), text(heading)));
            } else if (node instanceof Paragraph) {
                add(blocks, DraftBlock.paragraph(text(node)));
            } else if (node instanceof ListBlock || node instanceof ListItem || node instanceof BlockQuote) {
                if (node.getFirstChild() != null) {
                    pending.push(node.getFirstChild());
                }
            } else if (node instanceof Block) {
                add(blocks, DraftBlock.paragraph(node.getChars().toString()));
            }
        }
    }

    private static void add(List<DraftBlock> blocks, DraftBlock block) {
        String text = block.text().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            blocks.add(new DraftBlock(block.kind(), block.level(), text));
        }
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
