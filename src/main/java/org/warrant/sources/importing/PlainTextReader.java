package org.warrant.sources.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;

/**
 * Plain text: each line is a paragraph, as text copied from a web page is. Text whose lines were hard-wrapped
 * (most lines end mid-sentence) is restored like a PDF instead. Details stated at the top ({@link ArticleHeader})
 * become the article's details; then a short first line standing alone is the title. Files and pastes are read
 * the same way.
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    static ArticleDraft read(SourceFile file) {
        return fromText(file.text(), file.baseName(), true);
    }

    /**
     * Also used for pasted text. {@code readTop} false keeps the first lines as text, neither details nor title
     * (the user said so on seeing how they were read).
     */
    public static ArticleDraft fromText(String text, String fallbackTitle, boolean readTop) {
        List<String> lines = List.of(normalize(text).split("\n", -1));
        Optional<ArticleHeader> header = readTop ? ArticleHeader.read(lines) : Optional.empty();
        List<String> rest = header.map(h -> lines.subList(h.lines(), lines.size())).orElse(lines);
        String title = header.map(ArticleHeader::title).orElse(null);
        if (title == null && readTop) {
            int first = firstText(rest);
            if (first >= 0 && isTitle(rest, first)) {
                title = rest.get(first).strip();
                rest = rest.subList(first + 1, rest.size());
            }
        }
        String body = String.join("\n", rest).strip();
        List<DraftBlock> blocks = new ArrayList<>(looksHardWrapped(body) ? TextRestorer.restore(body) : paragraphs(body));
        ArticleHeader h = header.orElse(null);
        return new ArticleDraft(title != null ? title : fallbackTitle, h == null ? null : h.authors(), h == null ? null : h.outlet(),
                h == null ? null : h.publishedOn(), h == null ? null : h.sourceUrl(), ArticleKind.OTHER, blocks);
    }

    /** The details lines at the text's top, as written, if Warrant reads any there. */
    public static Optional<String> header(String text) {
        return ArticleHeader.read(List.of(normalize(text).split("\n", -1))).map(ArticleHeader::asWritten);
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static int firstText(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A title line: short, not ending like a sentence or mid-sentence, with text after it; and standing alone
     * (a blank line after it) when the text is hard-wrapped, where any line may be a fragment of a sentence.
     */
    private static boolean isTitle(List<String> lines, int at) {
        String line = lines.get(at).strip();
        boolean moreText = lines.subList(at + 1, lines.size()).stream().anyMatch(l -> !l.isBlank());
        if (!moreText || line.length() > 200 || line.matches(".*[.,;:]$")) {
            return false;
        }
        boolean alone = at + 1 < lines.size() && lines.get(at + 1).isBlank();
        return alone || !looksHardWrapped(String.join("\n", lines));
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
