package org.warrant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownNestingTest {

    @Test
    void plain_text_and_flat_lists_nest_at_most_one_level() {
        assertThat(MarkdownNesting.deepest("A paragraph.\n\nAnother, with - a dash and 3. a number.").depth()).isZero();
        assertThat(MarkdownNesting.deepest("- one\n- two\n* three\n1. four\n2) five").depth()).isEqualTo(1);
    }

    @Test
    void markers_on_one_line_and_indentation_both_nest() {
        assertThat(MarkdownNesting.deepest("- - > x").depth()).isEqualTo(3);
        assertThat(MarkdownNesting.deepest("- a\n  - b\n    - c\n      > quote").depth()).isEqualTo(4);
        assertThat(MarkdownNesting.deepest("- a\n\t- b").depth()).isEqualTo(3);
    }

    @Test
    void the_deepest_line_is_named() {
        MarkdownNesting.Deepest d = MarkdownNesting.deepest("# Title\n\n- a\n  - b\n    - c\n- d");
        assertThat(d.depth()).isEqualTo(3);
        assertThat(d.line()).isEqualTo(5);
    }

    @Test
    void indented_code_and_emphasis_are_not_containers() {
        assertThat(MarkdownNesting.deepest(" ".repeat(400) + "code").depth()).isZero();
        assertThat(MarkdownNesting.deepest("*emphasis* and -negative and +1 and 3.14").depth()).isZero();
        assertThat(MarkdownNesting.deepest("---\n***\n").depth()).isZero();
    }

    @Test
    void the_audits_prompt_is_refused_with_where_and_how_deep() {
        String prompt = "- ".repeat(9_000) + "x";
        assertThat(MarkdownNesting.refusal(prompt, "The prompt")).hasValueSatisfying(m -> assertThat(m)
                .contains("The prompt", "9000 levels deep", "line 1", "at most 100"));
        assertThat(MarkdownNesting.refusal("- ".repeat(100) + "x", "The prompt")).isEmpty();
    }
}
