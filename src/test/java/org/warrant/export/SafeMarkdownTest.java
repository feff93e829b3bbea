package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdown_is_rendered_with_raw_html_escaped() {
        assertThat(SafeMarkdown.html("- *one*\n- <script>alert(1)</script>"))
                .contains("<li><em>one</em></li>").doesNotContain("<script>");
    }

    @Test
    void text_nested_nine_thousand_levels_deep_is_shown_as_plain_text_not_parsed() {
        String deep = "- ".repeat(9_000) + "x <b>bold</b>";
        String html = SafeMarkdown.html(deep);
        assertThat(html).startsWith("<pre>").endsWith("</pre>").contains("- - - x &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void a_long_unclosed_link_title_comment_or_address_renders_and_too_long_a_one_is_shown_as_text() {
        String title = "[a](https://example.org \"" + "x".repeat(20_000) + "\")"; // overflowed a normal thread's stack from 3,000
        assertThat(SafeMarkdown.html(title)).startsWith("<p><a");
        assertThat(SafeMarkdown.html("note <!--" + "x".repeat(20_000))).startsWith("<p>note &lt;!--");
        String endless = "<" + "x".repeat(1_000_000) + "@example.com>";
        assertThat(SafeMarkdown.html(endless)).startsWith("<pre>&lt;xxx");
        assertThat(SafeMarkdown.refusal(endless, "The prompt")).hasValueSatisfying(m -> assertThat(m).startsWith("The prompt runs on too long"));
        assertThat(SafeMarkdown.refusal(title, "The prompt")).isEmpty();
    }
}
