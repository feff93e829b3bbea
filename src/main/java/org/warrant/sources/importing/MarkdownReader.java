package org.warrant.sources.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.BlockKind;

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
        String text = file.utf8Text().replace("\r\n", "\n");
        Map<String, String> meta = new HashMap<>();
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end > 0) {
                for (String line : text.substring(4, end).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        meta.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                    }
                }
                text = text.substring(end + 5);
            }
        }
        List<DraftBlock> blocks = new ArrayList<>();
        collect(PARSER.parse(text), blocks);
        String title = meta.get("title");
        if (title == null && !blocks.isEmpty() && blocks.getFirst().kind() == BlockKind.HEADING
                && blocks.getFirst().level() == 1) {
            title = blocks.removeFirst().text();
        }
        return new ArticleDraft(title != null ? title : file.baseName(), meta.get("authors"), meta.get("outlet"),
                date(meta.get("published")), meta.get("url"), kind(meta.get("kind")), blocks);
    }

    private static void collect(Node parent, List<DraftBlock> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                add(blocks, DraftBlock.heading(heading.getLevel(), text(heading)));
            } else if (node instanceof Paragraph) {
                add(blocks, DraftBlock.paragraph(text(node)));
            } else if (node instanceof ListBlock || node instanceof ListItem || node instanceof BlockQuote) {
                collect(node, blocks);
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

    private static ArticleKind kind(String value) {
        try {
            return value == null ? ArticleKind.OTHER : ArticleKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return ArticleKind.OTHER;
        }
    }
}
