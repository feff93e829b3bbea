package org.warrant.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warrant.sources.ArticleDraft.DraftBlock;

/**
 * An article's text as an instructor corrects it: blocks separated by a blank line, a heading written as
 * {@code #}, {@code ##} or {@code ###} and a space before its text. A paragraph that itself starts with
 * {@code #} is written with a backslash before it, so it stays a paragraph. Reading back what {@link #of}
 * wrote gives the same blocks, so an untouched text is no change at all.
 */
public final class ArticleText {

    private static final Pattern HEADING = Pattern.compile("(#{1,3}) +(\\S.*)", Pattern.DOTALL);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private ArticleText() {
    }

    /** The article's blocks as editable text. */
    public static String of(Article article) {
        List<String> out = new ArrayList<>();
        for (ArticleBlock block : article.blocks()) {
            String text = article.textOf(block);
            out.add(block.kind() == BlockKind.HEADING ? "#".repeat(block.level()) + " " + text
                    : text.startsWith("#") ? "\\" + text : text);
        }
        return String.join("\n\n", out);
    }

    /** The blocks of an edited text; line breaks inside a block stay as they were typed. */
    public static List<DraftBlock> blocks(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<DraftBlock> out = new ArrayList<>();
        for (String block : BLANK_LINES.split(normalized)) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(b);
            if (heading.matches()) {
                out.add(DraftBlock.heading(heading.group(1).length(), heading.group(2).strip()));
            } else {
                out.add(DraftBlock.paragraph(b.startsWith("\\#") ? b.substring(1) : b));
            }
        }
        return out;
    }
}
