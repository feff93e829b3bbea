package org.warrant.sources.importing;

import java.util.ArrayList;
import java.util.List;

import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;

/**
 * Plain text: each line is a paragraph, as text copied from a web page is. Text whose lines were hard-wrapped
 * (most lines end mid-sentence) is restored like a PDF instead. A short first line is the title.
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    static ArticleDraft read(SourceFile file) {
        return fromText(file.text(), file.baseName());
    }

    /** Also used for pasted text. */
    public static ArticleDraft fromText(String text, String fallbackTitle) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<DraftBlock> blocks = new ArrayList<>(looksHardWrapped(normalized)
                ? TextRestorer.restore(normalized) : paragraphs(normalized));
        String title = fallbackTitle;
        if (blocks.size() > 1 && blocks.getFirst().text().length() <= 200 && !blocks.getFirst().text().endsWith(".")) {
            title = blocks.removeFirst().text();
        }
        return new ArticleDraft(title, null, null, null, null, ArticleKind.OTHER, blocks);
    }

    private static List<DraftBlock> paragraphs(String text) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                blocks.add(DraftBlock.paragraph(paragraph));
            }
        }
        return blocks;
    }

    /** More than half of the lines inside blocks end without sentence punctuation: a wrapped layout. */
    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        int inner = 0;
        int open = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i + 1].isBlank()) {
                inner++;
                if (!lines[i].strip().matches(".*[.!?:;\"”)]$")) {
                    open++;
                }
            }
        }
        return inner >= 3 && open * 2 > inner;
    }
}
