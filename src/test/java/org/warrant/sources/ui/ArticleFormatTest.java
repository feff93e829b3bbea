package org.warrant.sources.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFormatTest {

    @Test
    void a_one_paragraph_article_says_one_paragraph() {
        assertThat(ArticleFormat.length(400, 1)).isEqualTo("1 min read · 1 paragraph");
        assertThat(ArticleFormat.length(40_000, 37)).endsWith("· 37 paragraphs");
    }
}
