package org.warrant.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.sources.ArticleDraft.DraftBlock;

class AnchorSpaceTest {

    private static final List<DraftBlock> BLOCKS = List.of(
            DraftBlock.heading(2, "Iran’s “little Satan”"),
            DraftBlock.paragraph("Café politics in Bakı: Əliyev’s über-cautious line."),
            DraftBlock.paragraph("A 𝑥 outside the Basic Multilingual Plane, then “ü”."));

    @Test
    void each_block_is_the_exact_span_of_the_body_between_its_offsets() {
        AnchorSpace space = AnchorSpace.layout(BLOCKS);
        for (int i = 0; i < BLOCKS.size(); i++) {
            ArticleBlock block = space.blocks().get(i);
            assertThat(space.body().substring(block.startOffset(), block.endOffset())).isEqualTo(BLOCKS.get(i).text());
        }
    }

    @Test
    void offsets_count_utf16_code_units_not_code_points() {
        AnchorSpace space = AnchorSpace.layout(BLOCKS);
        ArticleBlock last = space.blocks().get(2);
        String text = BLOCKS.get(2).text();
        assertThat(last.endOffset() - last.startOffset()).isEqualTo(text.length());
        assertThat(text.codePointCount(0, text.length())).isEqualTo(text.length() - 1); // 𝑥 is two UTF-16 units
    }

    @Test
    void blocks_are_separated_by_a_blank_line_and_paragraphs_numbered_from_one() {
        AnchorSpace space = AnchorSpace.layout(BLOCKS);
        assertThat(space.body()).startsWith("Iran’s “little Satan”\n\nCafé");
        assertThat(space.blocks()).extracting(ArticleBlock::number).containsExactly(null, 1, 2);
        assertThat(space.blocks().get(1).anchor()).isEqualTo("p1");
    }

    @Test
    void the_same_text_has_the_same_hash_whatever_else_differs() {
        assertThat(AnchorSpace.layout(BLOCKS).contentHash()).isEqualTo(AnchorSpace.layout(List.copyOf(BLOCKS)).contentHash())
                .hasSize(64);
        assertThat(AnchorSpace.layout(BLOCKS.subList(0, 2)).contentHash()).isNotEqualTo(AnchorSpace.layout(BLOCKS).contentHash());
    }
}
