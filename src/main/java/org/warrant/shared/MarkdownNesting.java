package org.warrant.shared;

import java.util.Optional;

/**
 * How deeply Markdown nests its containers (list items and block quotes), told from the text alone, before it
 * reaches a parser. Parsers and renderers of Markdown walk its tree recursively, so text nested thousands of
 * levels deep (an 18 kB line of {@code "- - - …"}) would overflow the stack wherever it is shown; every place
 * that takes Markdown refuses more than {@link #MAX_DEPTH} levels, and every place that shows it checks again.
 *
 * <p>Per line, each list marker or {@code >} at its start opens a level, and so do every two columns of
 * indentation before a marker (how nested lists are written). This is an upper bound of what a CommonMark
 * parser builds, close enough for a limit no real text comes near.
 */
public final class MarkdownNesting {

    /** Deeper than any outline or prompt a person writes; shallow enough for every recursive walk. */
    public static final int MAX_DEPTH = 100;

    /** The deepest line: its nesting and its number (1-based); depth 0 for text without containers. */
    public record Deepest(int depth, int line) {
    }

    private MarkdownNesting() {
    }

    public static Deepest deepest(CharSequence markdown) {
        int deepest = 0;
        int deepestLine = 0;
        int line = 1;
        int at = 0;
        int length = markdown.length();
        while (at <= length) {
            int end = at;
            while (end < length && markdown.charAt(end) != '\n') {
                end++;
            }
            int depth = depthOf(markdown, at, end);
            if (depth > deepest) {
                deepest = depth;
                deepestLine = line;
            }
            line++;
            at = end + 1;
        }
        return new Deepest(deepest, deepestLine);
    }

    /** The refusal for text nested more than {@link #MAX_DEPTH} levels, naming {@code what} it is; empty when it is not. */
    public static Optional<String> refusal(CharSequence markdown, String what) {
        Deepest d = deepest(markdown);
        if (d.depth() <= MAX_DEPTH) {
            return Optional.empty();
        }
        return Optional.of("%s nests lists or quotes %d levels deep at line %d; Warrant reads at most %d. Flatten that part and try again."
                .formatted(what, d.depth(), d.line(), MAX_DEPTH));
    }

    private static int depthOf(CharSequence s, int from, int end) {
        int depth = 0;
        int column = 0;
        int i = from;
        boolean indentCounted = false;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ') {
                column++;
                i++;
            } else if (c == '\t') {
                column += 4 - column % 4;
                i++;
            } else {
                int marker = markerLength(s, i, end);
                if (marker == 0) {
                    break;
                }
                if (!indentCounted) { // indentation before the first marker nests it under earlier lines' items
                    depth += column / 2;
                    indentCounted = true;
                }
                depth++;
                i += marker;
            }
        }
        return depth;
    }

    /** The length of a container marker at i ({@code >}, or a bullet or number followed by a space or the end), or 0. */
    private static int markerLength(CharSequence s, int i, int end) {
        char c = s.charAt(i);
        if (c == '>') {
            return 1;
        }
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else if (c >= '0' && c <= '9') {
            int j = i;
            while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
                return 0;
            }
            after = j + 1;
        } else {
            return 0;
        }
        if (after == end) {
            return after - i;
        }
        char next = s.charAt(after);
        return next == ' ' || next == '\t' ? after - i : 0;
    }
}
