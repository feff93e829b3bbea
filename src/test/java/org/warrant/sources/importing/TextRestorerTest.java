package org.warrant.sources.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.BlockKind;

class TextRestorerTest {

    private static List<String> texts(String raw) {
        return TextRestorer.restore(raw).stream().map(DraftBlock::text).toList();
    }

    @Test
    void joins_hard_wrapped_lines_into_one_paragraph() {
        assertThat(texts("Among the governments that\nwere formed after the collapse\nof the Soviet Union."))
                .containsExactly("Among the governments that were formed after the collapse of the Soviet Union.");
    }

    @Test
    void rejoins_a_word_hyphenated_across_lines() {
        assertThat(texts("the relations between the coun-\ntries were tense.")).containsExactly("the relations between the countries were tense.");
    }

    @Test
    void keeps_a_real_hyphen_that_the_text_uses_elsewhere() {
        assertThat(texts("a long-term view and a long-\nterm plan.")).containsExactly("a long-term view and a long-term plan.");
    }

    @Test
    void keeps_a_hyphen_before_a_capitalised_word() {
        assertThat(texts("the axis of Tehran-Moscow-\nYerevan was formed.")).containsExactly("the axis of Tehran-Moscow-Yerevan was formed.");
    }

    @Test
    void mends_a_paragraph_split_by_a_page_break_and_drops_the_page_number() {
        assertThat(texts("Therefore, Constructors\n\n9\n\nargue that identity matters."))
                .containsExactly("Therefore, Constructors argue that identity matters.");
    }

    @Test
    void recognises_capitalised_and_short_title_lines_as_headings() {
        List<DraftBlock> blocks = TextRestorer.restore("""
                COMMON RELIGIOUS BETWEEN THE TWO
                COUNTRIES

                Islam is the common religion.

                Political implications

                The Republic of Azerbaijan is deemed a Shia country.""");
        assertThat(blocks).extracting(DraftBlock::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(blocks.getFirst().text()).isEqualTo("COMMON RELIGIOUS BETWEEN THE TWO COUNTRIES");
    }

    @Test
    void a_labelled_line_is_text_not_a_heading() {
        assertThat(TextRestorer.restore("Keywords: Iran, Azerbaijan\n\nBody text here."))
                .extracting(DraftBlock::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void leaves_the_words_themselves_alone_typos_included() {
        assertThat(texts("some of the\nanti-lranian myths")).containsExactly("some of the anti-lranian myths");
    }
}
