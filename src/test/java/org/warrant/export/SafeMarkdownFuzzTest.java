package org.warrant.export;

import java.util.Locale;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Whatever Markdown is shown in a page, the HTML that comes out, read back as a browser would, holds only the
 * small list of elements, no event handler or style, and links only to http, https and mailto; rendering never
 * throws. The regression run replays the committed inputs; {@code JAZZER_FUZZ=1} fuzzes on (docs/security.md).
 */
class SafeMarkdownFuzzTest {

    private static final Set<String> ELEMENTS = Set.of("body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
            "blockquote", "em", "strong", "code", "pre", "a");

    @FuzzTest(maxDuration = "5m")
    void any_markdown_renders_to_html_without_script(FuzzedDataProvider data) {
        String html = SafeMarkdown.html(data.consumeRemainingAsString());
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (!ELEMENTS.contains(element.normalName())) {
                throw new IllegalStateException("the sanitised HTML holds <" + element.normalName() + ">: " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean link = element.normalName().equals("a") && (name.equals("href") || name.equals("rel"));
                if (!link) {
                    throw new IllegalStateException("the sanitised HTML holds the attribute " + name + ": " + html);
                }
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.equals("href") && !(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("mailto:"))) {
                    throw new IllegalStateException("the sanitised HTML links to " + value + ": " + html);
                }
            }
        }
    }
}
