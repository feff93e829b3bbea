package org.warrant.exchange.model;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/**
 * A map as an incoming format described it, before its articles and quotes are looked up: nodes parents first,
 * each with the line (or position) it came from, what could not be read ({@code problems}: nothing is imported
 * while there are any) and what Warrant read but cannot hold ({@code dropped}: said to the user, not an error).
 */
public record ReadMap(@Nullable String title, @Nullable String description, List<ArticleKey> articles, List<Node> nodes,
                      List<Problem> problems, List<String> dropped) {

    /** An article the file names: its key in the file, and what may find it in Warrant's library. */
    public record ArticleKey(String key, @Nullable Long id, @Nullable String title, @Nullable String url) {
    }

    /**
     * {@code parent} and {@code group} index into the nodes; a group is named by its first member. {@code title} is
     * what the file called it; {@code ref} the id it gets (the title when that is a valid, unused id).
     */
    public record Node(String ref, String title, @Nullable Integer parent, NodeKind kind, Stance stance, String text, @Nullable Integer group,
                       boolean undercut, List<Cite> cites, int line) {
    }

    /** A quoted passage: the article's key, where it was (when the file says), and the words. */
    public record Cite(@Nullable String article, @Nullable Integer start, @Nullable Integer end, String quote) {
    }

    public record Problem(int line, String message) {
    }

    /** A file that could not be read at all, for this reason. */
    public static ReadMap refused(String why) {
        return new ReadMap(null, null, List.of(), List.of(), List.of(new Problem(0, why)), List.of());
    }
}
