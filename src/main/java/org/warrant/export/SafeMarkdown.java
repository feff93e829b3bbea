package org.warrant.export;

import java.util.Optional;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warrant.shared.DeepStack;
import org.warrant.shared.MarkdownNesting;

/**
 * Markdown to HTML that is safe to show in the page, whatever the Markdown holds: Flexmark renders raw HTML
 * as escaped text, drops comments (the node ids), and leaves links with other schemes than http, https and
 * mailto as plain text; jsoup then keeps only a small list of elements and attributes, as a second guard.
 */
public final class SafeMarkdown {

    private static final Logger log = LoggerFactory.getLogger(SafeMarkdown.class);

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
     * The Markdown as safe HTML. Text that can't be parsed safely (nested deeper than {@link
     * MarkdownNesting#MAX_DEPTH} levels, or running on too long without closing a link or tag; see {@link
     * #refusal}, which is asked where Markdown is saved) is shown as plain text instead, so no page that shows
     * it fails.
     */
    public static String html(String markdown) {
        if (MarkdownNesting.deepest(markdown).depth() > MarkdownNesting.MAX_DEPTH) {
            return plain(markdown);
        }
        try {
            return Jsoup.clean(DeepStack.call(() -> RENDERER.render(PARSER.parse(markdown))), ALLOWED);
        } catch (DeepStack.TooIntricate e) {
            log.warn("Markdown of {} characters shown as plain text: {}", markdown.length(), e.getMessage());
            return plain(markdown);
        }
    }

    /** Why this Markdown, called {@code what}, can't be saved to be shown; empty when it can. */
    public static Optional<String> refusal(String markdown, String what) {
        Optional<String> tooDeep = MarkdownNesting.refusal(markdown, what);
        if (tooDeep.isPresent()) {
            return tooDeep;
        }
        try {
            DeepStack.call(() -> RENDERER.render(PARSER.parse(markdown)));
            return Optional.empty();
        } catch (DeepStack.TooIntricate e) {
            return Optional.of(what + " runs on too long without closing something it opened (a link title in quotes or "
                    + "brackets, an HTML comment or tag, an address in < >). Close it or shorten it and save again.");
        }
    }

    private static String plain(String markdown) {
        return "<pre>" + Entities.escape(markdown) + "</pre>";
    }
}
