package org.warrant.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An article as read from a file or a seed, before it is stored: metadata and blocks of plain text.
 * Metadata the source does not state stays null rather than being guessed.
 */
public record ArticleDraft(
        String title,
        String authors,
        String outlet,
        LocalDate publishedOn,
        String sourceUrl,
        ArticleKind kind,
        List<DraftBlock> blocks,
        @Nullable String language) {

    public ArticleDraft {
        Objects.requireNonNull(kind, "kind");
        blocks = List.copyOf(blocks);
    }

    /** A draft whose language is guessed from its text when it is stored. */
    public ArticleDraft(String title, String authors, String outlet, LocalDate publishedOn, String sourceUrl, ArticleKind kind,
                        List<DraftBlock> blocks) {
        this(title, authors, outlet, publishedOn, sourceUrl, kind, blocks, null);
    }

    /** A heading (level 1 to 3) or a paragraph; text is plain, never markup. */
    public record DraftBlock(BlockKind kind, int level, String text) {
        public static DraftBlock heading(int level, String text) {
            return new DraftBlock(BlockKind.HEADING, level, text);
        }

        public static DraftBlock paragraph(String text) {
            return new DraftBlock(BlockKind.PARAGRAPH, 0, text);
        }
    }

    public ArticleDraft withMetadata(String title, String authors, String outlet, LocalDate publishedOn,
                                     String sourceUrl, ArticleKind kind) {
        return new ArticleDraft(title, authors, outlet, publishedOn, sourceUrl, kind, blocks, language);
    }

    /**
     * The same draft in a language the importer chose: a BCP 47 tag, "" for none Warrant knows (so none is guessed),
     * or null to have it guessed from the letters.
     */
    public ArticleDraft withLanguage(@Nullable String chosen) {
        return new ArticleDraft(title, authors, outlet, publishedOn, sourceUrl, kind, blocks, chosen);
    }

    public int textLength() {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
