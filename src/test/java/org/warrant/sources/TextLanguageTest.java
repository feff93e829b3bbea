package org.warrant.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void persian_arabic_azerbaijani_and_english_are_told_by_their_letters_and_words() {
        assertThat(TextLanguage.guess("بی‌طرفی ایران در جنگ قره‌باغ به منافع آن آسیب زد و اعتماد همسایگان را کم کرد.")).contains("fa");
        assertThat(TextLanguage.guess("أضرت سياسة الحياد الإيرانية بمصالحها في المنطقة وفي العلاقة مع الجارة الشمالية.")).contains("ar");
        assertThat(TextLanguage.guess("Azərbaycan ilə İran arasında münasibətlər son illərdə gərginləşib, lakin dialoq davam edir.")).contains("az");
        assertThat(TextLanguage.guess("Iran's neutrality in the war harmed its interests, and the trust of its neighbours was lost.")).contains("en");
    }

    @Test
    void a_text_whose_letters_do_not_tell_gets_no_language() {
        assertThat(TextLanguage.guess("La neutralité de l'Iran a nui à ses intérêts dans la région du Caucase.")).isEmpty();
        assertThat(TextLanguage.guess("12345 — 67890")).isEmpty();
        assertThat(TextLanguage.guess("Baku says Iran's neutrality cost Əliyev nothing at all in the end, and that is the point of it.")).contains("en");
    }
}
