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

    @Test
    void persian_paraphrases_meet_across_arabic_letter_forms_the_zero_width_non_joiner_and_plural_endings() {
        long[] persian = words.of("کشورهای همسایه ایران"); // Persian kaf and yeh, the plural ending ها
        long[] arabicForms = words.of("كشور همسايه ايران"); // the same words typed with Arabic kaf and yeh
        assertThat(ContentWords.similarity(persian, arabicForms)).isEqualTo(1.0);
        assertThat(words.of("بی‌طرفی ایران")).isEqualTo(words.of("بی طرفی ایران")).hasSize(2); // with or without the ZWNJ, "بی" a stop word
        assertThat(words.of("ایران و آذربایجان")).hasSize(2); // "و" (and) is a stop word
    }

    @Test
    void azerbaijani_words_are_lower_cased_with_the_right_i_and_stemmed() {
        assertThat(words.of("İranla qonşuluq")).isEqualTo(words.of("iranla qonşuluq"));
        assertThat(ContentWords.similarity(words.of("Azərbaycan İranla yaxşı qonşuluq istəyir"),
                words.of("Azərbaycan İran ilə yaxşı qonşuluq istəyir"))).isGreaterThan(0.5);
    }

    @Test
    void a_text_in_english_and_persian_keeps_the_words_of_both() {
        long[] mixed = words.of("Iran's neutrality بی‌طرفی ایران");
        assertThat(mixed).contains(words.of("neutrality")[0], words.of("بی‌طرفی")[0]);
    }
}
