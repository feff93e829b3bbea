package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectedTextTest {

    private static final String BEFORE = """
            Iran has long opposed the goverment in Baku.

            Trade along the northern corridor fell by a third in two years.

            Clerics spoke against Baku on television. Clerics spoke against Baku on television.

            The ambassador repeated the claim in Yerevan.""";

    private static Passage cite(String body, String quote) {
        int at = body.indexOf(quote);
        return Passage.at(1, body, at, at + quote.length());
    }

    @Test
    void a_passage_the_correction_did_not_reach_stays_anchored() {
        String after = BEFORE.replace("Yerevan.", "Yerevan in May.");
        Passage trade = cite(BEFORE, "Trade along the northern corridor fell");

        Passage.Reanchoring r = new CorrectedText(BEFORE, after).place(trade);

        assertThat(r.status()).isEqualTo(Citation.AnchorStatus.ANCHORED);
        assertThat(r.passage()).isEqualTo(trade);
    }

    @Test
    void a_passage_after_a_corrected_typo_and_an_added_paragraph_moves_with_its_words() {
        String after = BEFORE.replace("goverment", "government").replace("Trade along", "A new paragraph the import missed.\n\nTrade along");
        Passage trade = cite(BEFORE, "Trade along the northern corridor fell by a third");

        Passage.Reanchoring r = new CorrectedText(BEFORE, after).place(trade);

        assertThat(r.status()).isEqualTo(Citation.AnchorStatus.MOVED);
        assertThat(r.passage().quote()).isEqualTo(trade.quote());
        assertThat(after.substring(r.passage().start(), r.passage().end())).isEqualTo(trade.quote());
    }

    @Test
    void a_quote_with_the_typo_in_it_follows_the_corrected_words() {
        String after = BEFORE.replace("goverment", "government");

        Passage.Reanchoring r = new CorrectedText(BEFORE, after).place(cite(BEFORE, "Iran has long opposed the goverment in Baku"));

        assertThat(r.status()).isEqualTo(Citation.AnchorStatus.MOVED);
        assertThat(r.passage().quote()).isEqualTo("Iran has long opposed the government in Baku");
    }

    @Test
    void a_quote_whose_sentence_was_removed_or_rewritten_is_orphaned_and_keeps_its_old_words() {
        String removed = BEFORE.replace("\n\nThe ambassador repeated the claim in Yerevan.", "");
        String rewritten = BEFORE.replace("Trade along the northern corridor fell by a third in two years.",
                "Northern corridor traffic collapsed after the war, officials in Tehran admitted.");
        Passage ambassador = cite(BEFORE, "The ambassador repeated the claim in Yerevan");
        Passage trade = cite(BEFORE, "Trade along the northern corridor fell by a third in two years");

        assertThat(new CorrectedText(BEFORE, removed).place(ambassador))
                .satisfies(r -> assertThat(r.status()).isEqualTo(Citation.AnchorStatus.ORPHANED))
                .satisfies(r -> assertThat(r.passage()).isEqualTo(ambassador));
        assertThat(new CorrectedText(BEFORE, rewritten).place(trade).status()).isEqualTo(Citation.AnchorStatus.ORPHANED);
    }

    @Test
    void similarity_is_one_for_equal_texts_and_falls_with_each_changed_character() {
        assertThat(CorrectedText.similarity("government", "government")).isEqualTo(1.0);
        assertThat(CorrectedText.similarity("goverment", "government")).isCloseTo(1 - 1.0 / 19, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CorrectedText.similarity("abc", "xyz")).isZero();
    }
}
