package org.warrant.sources;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A heading or paragraph of an article, as a span [startOffset, endOffset) of the body. Paragraphs are
 * numbered from 1 in reading order (headings are not), so "¶ 12" and the link {@code #p12} stay stable.
 */
@Table("article_block")
public record ArticleBlock(BlockKind kind, int level, @Nullable Integer number, int startOffset, int endOffset) {

    public String anchor() {
        return number == null ? null : "p" + number;
    }
}
