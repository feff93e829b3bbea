package org.warrant.export;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.warrant.shared.MarkdownNesting;

/**
 * Markdown to HTML that is safe to show in the page, whatever the Markdown holds: Flexmark renders raw HTML
 * as escaped text, drops comments (the node ids), and leaves links with other schemes than http, https and
 * mailto as plain text; jsoup then keeps only a small list of elements and attributes, as a second guard.
 */
public final class SafeMarkdown {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
            .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)(?!https?:|mailto:).*");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    private static final Safelist ALLOWED = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "em", "strong",
                    "code", "pre", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeMarkdown() {
    }

    /**
     * The Markdown as safe HTML. Text nested deeper than {@link MarkdownNesting#MAX_DEPTH} levels (refused where
     * it is saved, but perhaps stored before that rule) is shown as plain text instead of being parsed, so no
     * page that shows it overflows the stack.
     */
    public static String html(String markdown) {
        if (MarkdownNesting.deepest(markdown).depth() > MarkdownNesting.MAX_DEPTH) {
            return "<pre>" + Entities.escape(markdown) + "</pre>";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), ALLOWED);
    }
}
