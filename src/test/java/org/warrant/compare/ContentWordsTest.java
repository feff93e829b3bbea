package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Apostrophes inside words leave no stray letters behind as content words (issue 17). */
class ContentWordsTest {

    private final ContentWords words = new ContentWords();

    @Test
    void contractions_are_their_words_and_leave_no_stray_letters() {
        assertThat(words.of("Iran hasn't gained trust")).isEqualTo(words.of("Iran gained trust"));
        assertThat(words.of("Baku can't rely on Tehran")).isEqualTo(words.of("Baku rely Tehran"));
        assertThat(words.of("They won't mediate and they're wary")).isEqualTo(words.of("mediate wary"));
        assertThat(words.of("Iran’s neutrality")).isEqualTo(words.of("Iran neutrality")); // the typographic apostrophe too
    }

    @Test
    void a_single_letter_is_never_a_word_of_a_contraction() {
        ContentWords fresh = new ContentWords();
        long[] t = fresh.of("t");
        long[] d = fresh.of("d");
        assertThat(fresh.of("hasn't, didn't, they'd, I'm")).doesNotContain(t[0], d[0]);
    }
}
