package org.warrant.export;

import java.util.List;

import org.warrant.export.OutlineSyntax.CitationLine;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/**
 * An outline as read from Markdown, before its articles and quotes are looked up. {@code inFormat} tells an
 * outline in Warrant's own format from a hand-written bullet list. Lines are 1-based.
 */
record UnresolvedOutline(String title, String description, boolean inFormat, List<ArticleLine> articles, List<Item> nodes) {

    /** An article the outline names: short title (as its citations use it), title and URL. */
    record ArticleLine(String shortTitle, String title, String url, int line) {
    }

    /** A node; {@code parent} and {@code group} index earlier nodes, as in a map draft. */
    record Item(String ref, Integer parent, NodeKind kind, Stance stance, String text, Integer group, boolean undercut,
                List<Quote> quotes, int line) {
    }

    /** A quoted passage: the quote, and where the outline says it is (none in a hand-written outline). */
    record Quote(String text, CitationLine citation, int line) {
    }
}
