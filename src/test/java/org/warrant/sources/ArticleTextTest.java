package org.warrant.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.sources.ArticleDraft.DraftBlock;

class ArticleTextTest {

    @Test
    void the_editable_text_reads_back_as_the_same_blocks() {
        List<DraftBlock> blocks = List.of(DraftBlock.heading(1, "Background"), DraftBlock.paragraph("Iran and Azerbaijan share a border."),
                DraftBlock.heading(2, "Trade"), DraftBlock.paragraph("#1 in the region, said the minister."),
                DraftBlock.paragraph("ایران و آذربایجان"));
        AnchorSpace space = AnchorSpace.layout(blocks);
        Article article = new Article(1L, "T", false, null, null, null, null, ArticleKind.OTHER, space.body(), space.body().length(),
                space.contentHash(), "teach", java.time.Instant.EPOCH, 1, null, space.blocks());

        String text = ArticleText.of(article);

        assertThat(text).contains("# Background\n\nIran", "## Trade", "\\#1 in the region");
        assertThat(AnchorSpace.layout(ArticleText.blocks(text))).isEqualTo(space);
    }

    @Test
    void windows_line_endings_and_extra_blank_lines_separate_blocks_once() {
        assertThat(ArticleText.blocks("### A heading\r\n\r\n\r\nFirst paragraph\r\nwrapped.\r\n\r\nSecond."))
                .containsExactly(DraftBlock.heading(3, "A heading"), DraftBlock.paragraph("First paragraph\nwrapped."),
                        DraftBlock.paragraph("Second."));
    }
}
