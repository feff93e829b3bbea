package org.warrant.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored article. {@code body} is the anchor space: every block's offsets index into it (UTF-16 units).
 * {@code revision} counts from 1 and goes up with each correction of the text ({@link ArticleService#correct});
 * {@code language} is the text's, guessed from its letters ({@link TextLanguage}), or null.
 */
@Table("article")
public record Article(
        @Id Long id,
        String title,
        boolean titleSupplied,
        String authors,
        String outlet,
        LocalDate publishedOn,
        String sourceUrl,
        ArticleKind kind,
        String body,
        int bodyLength,
        String contentHash,
        String importedBy,
        Instant createdAt,
        int revision,
        @Nullable String language,
        @MappedCollection(idColumn = "article_id", keyColumn = "position") List<ArticleBlock> blocks) {

    public String textOf(ArticleBlock block) {
        return body.substring(block.startOffset(), block.endOffset());
    }

    /** The same article with a corrected text, one revision on. */
    Article corrected(AnchorSpace space) {
        return new Article(id, title, titleSupplied, authors, outlet, publishedOn, sourceUrl, kind, space.body(),
                space.body().length(), space.contentHash(), importedBy, createdAt, revision + 1,
                TextLanguage.guess(space.body()).orElse(language), space.blocks());
    }

    public int paragraphCount() {
        return (int) blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).count();
    }
}
