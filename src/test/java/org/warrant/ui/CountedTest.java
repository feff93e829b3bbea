package org.warrant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void one_thing_is_named_in_the_singular_and_others_in_the_plural() {
        assertThat(Counted.of(1, "paragraph", "paragraphs")).isEqualTo("1 paragraph");
        assertThat(Counted.of(0, "paragraph", "paragraphs")).isEqualTo("0 paragraphs");
        assertThat(Counted.of(12_400, "node", "nodes")).isEqualTo("12,400 nodes");
    }
}
