package org.warrant.sources.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.warrant.testing.WarrantTest;
import org.warrant.ui.Translations;

/** Article facts as the library and the reader write them, in the user's language. */
@WarrantTest
class ArticleFormatTest extends SpringBrowserlessTest {

    @Test
    void a_one_paragraph_article_says_one_paragraph() {
        assertThat(ArticleFormat.length(400, 1)).isEqualTo("1 min read · 1 paragraph");
        assertThat(ArticleFormat.length(40_000, 37)).endsWith("· 37 paragraphs");
        assertThat(ArticleFormat.day(java.time.Instant.parse("2026-03-21T12:00:00Z"))).isEqualTo("21 March 2026");
    }

    @Test
    void in_persian_the_reading_time_and_dates_have_persian_words_digits_and_calendar() {
        UI.getCurrent().setLocale(Translations.PERSIAN);
        assertThat(ArticleFormat.length(40_000, 37)).isEqualTo("۲۹ دقیقه خواندن · \u2068۳۷ بند\u2069"); // each part isolated
        assertThat(ArticleFormat.day(java.time.Instant.parse("2026-03-21T12:00:00Z"))).as("Nowruz: the Solar Hijri year's first day")
                .isEqualTo("۱ فروردین ۱۴۰۵");
        assertThat(ArticleFormat.byline(null, null, java.time.LocalDate.of(2026, 12, 5))).isEqualTo("۱۴ آذر ۱۴۰۵");
    }
}
