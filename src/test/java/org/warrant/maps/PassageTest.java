package org.warrant.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.warrant.maps.Citation.AnchorStatus;

class PassageTest {

    private static final String BODY = "Iran’s neutrality in the Qarabagh war harmed its interests.\n\nAzerbaijan grew closer to Israel.";

    @Test
    void a_selection_snaps_to_whole_words_and_records_quote_and_context() {
        int start = BODY.indexOf("utrality");
        int end = BODY.indexOf("Qarabagh") + 3;
        Passage p = Passage.select(7, BODY, start, end);
        assertThat(p.quote()).isEqualTo("neutrality in the Qarabagh");
        assertThat(BODY.substring(p.start(), p.end())).isEqualTo(p.quote());
        assertThat(p.prefix()).isEqualTo("Iran’s ");
        assertThat(p.suffix()).startsWith(" war harmed");
    }

    @Test
    void a_selection_inside_a_persian_word_snaps_past_its_zero_width_non_joiner() {
        String persian = "دانشجویان کتاب\u200Cها را خواندند.";
        int inside = persian.indexOf("ها"); // just after the ZWNJ, in the word's second part

        Passage p = Passage.select(7, persian, inside, inside + 1);

        assertThat(p.quote()).isEqualTo("کتاب\u200Cها");
    }

    @Test
    void a_selection_outside_the_article_is_refused() {
        assertThatThrownBy(() -> Passage.select(7, BODY, 10, BODY.length() + 1)).isInstanceOf(MapRuleException.class)
                .hasMessageContaining("outside the article");
        assertThatThrownBy(() -> Passage.select(7, BODY, 5, 5)).isInstanceOf(MapRuleException.class);
    }

    @Test
    void an_unchanged_text_keeps_the_passage_where_it_was() {
        Passage p = Passage.select(7, BODY, BODY.indexOf("Israel"), BODY.indexOf("Israel") + 6);
        assertThat(p.reanchorIn(BODY).status()).isEqualTo(AnchorStatus.ANCHORED);
    }

    @Test
    void a_correction_before_the_passage_moves_it_to_the_same_words() {
        Passage p = Passage.select(7, BODY, BODY.indexOf("Israel"), BODY.indexOf("Israel") + 6);
        String corrected = BODY.replace("Qarabagh war", "Second Qarabagh War");
        Passage.Reanchoring r = p.reanchorIn(corrected);
        assertThat(r.status()).isEqualTo(AnchorStatus.MOVED);
        assertThat(corrected.substring(r.passage().start(), r.passage().end())).isEqualTo("Israel");
        assertThat(r.passage().start()).isEqualTo(p.start() + "Second ".length() + " War".length() - " war".length());
    }

    @Test
    void a_quote_that_the_correction_removed_is_flagged_not_moved() {
        Passage p = Passage.select(7, BODY, BODY.indexOf("harmed"), BODY.indexOf("harmed") + 6);
        assertThat(p.reanchorIn(BODY.replace("harmed", "served")).status()).isEqualTo(AnchorStatus.ORPHANED);
    }

    @Test
    void a_quote_found_twice_with_equal_context_is_flagged_as_ambiguous() {
        String body = "A said no. B";
        Passage p = Passage.at(7, body, 2, 9); // "said no", with "A " before and ". B" after
        String corrected = "X A said no. B A said no. B"; // moved, and found twice with the same context
        assertThat(p.reanchorIn(corrected).status()).isEqualTo(AnchorStatus.ORPHANED);
    }

    @Test
    void context_decides_between_two_occurrences() {
        String body = "First: the war harmed Iran. Later: the war helped Baku.";
        int at = body.indexOf("the war", 20);
        Passage p = Passage.at(7, body, at, at + 7);
        String corrected = "Intro. " + body;
        Passage.Reanchoring r = p.reanchorIn(corrected);
        assertThat(r.status()).isEqualTo(AnchorStatus.MOVED);
        assertThat(r.passage().start()).isEqualTo(at + 7);
    }
}
