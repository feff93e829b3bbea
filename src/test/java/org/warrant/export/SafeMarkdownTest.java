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
}
