package org.warrant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.warrant.testing.WarrantTest;

@WarrantTest
class CountedTest extends SpringBrowserlessTest {

    @Test
    void one_thing_is_named_in_the_singular_and_others_in_the_plural() {
        assertThat(Counted.of(1, "count.paragraphs")).isEqualTo("1 paragraph");
        assertThat(Counted.of(0, "count.paragraphs")).isEqualTo("0 paragraphs");
        assertThat(Counted.of(12_400, "count.nodes")).isEqualTo("12,400 nodes");
    }

    @Test
    void in_persian_a_count_has_persian_digits_and_a_noun_that_does_not_change() {
        UI.getCurrent().setLocale(Translations.PERSIAN);
        assertThat(Counted.of(1, "count.nodes")).isEqualTo("۱ گره");
        assertThat(Counted.of(12_400, "count.nodes")).isEqualTo("۱۲٬۴۰۰ گره");
    }
}
