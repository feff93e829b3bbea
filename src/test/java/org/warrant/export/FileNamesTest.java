package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void a_persian_title_keeps_its_letters_and_zwnj_in_the_unicode_name_and_falls_back_in_ascii() {
        String title = "بی‌طرفی ایران: یک اشتباه؟";

        assertThat(FileNames.stem(title, "map")).isEqualTo("map");
        assertThat(FileNames.unicodeStem(title, "map")).isEqualTo("بی‌طرفی-ایران-یک-اشتباه");
        assertThat(FileNames.unicodeStem("Azərbaycan və Ermənistan", "map")).isEqualTo("azərbaycan-və-ermənistan");
        assertThat(FileNames.unicodeStem("Iran's neutrality: a case", "map")).isEqualTo(FileNames.stem("Iran's neutrality: a case", "map"));
    }

    @Test
    void the_disposition_names_the_file_in_ascii_and_in_utf8_only_when_they_differ() {
        assertThat(FileNames.disposition("inline", "map.md", "map.md")).isEqualTo("inline; filename=\"map.md\"");
        assertThat(FileNames.disposition("attachment", "map.md", "ایران.md"))
                .isEqualTo("attachment; filename=\"map.md\"; filename*=UTF-8''%D8%A7%DB%8C%D8%B1%D8%A7%D9%86.md");
    }

    @Test
    void a_very_long_title_is_cut_whole_characters_at_a_time() {
        String name = FileNames.unicodeStem("\uD801\uDC28".repeat(100), "map");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(80);
    }
}
