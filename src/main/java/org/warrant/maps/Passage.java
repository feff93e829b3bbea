package org.warrant.maps;

import java.util.ArrayList;
import java.util.List;

/**
 * A span of one article, kept both ways the W3C Web Annotation model (and Hypothesis) keeps it: by position
 * (offsets in UTF-16 units into the article body) and by quote with a little context before and after. The
 * quote lets a citation find its place again after the article's text is corrected.
 */
public record Passage(long articleId, int start, int end, String quote, String prefix, String suffix) {

    static final int CONTEXT = 32;

    /** The passage [start, end) of the body, widened to whole words and trimmed of surrounding spaces. */
    public static Passage select(long articleId, String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) {
            throw MapRuleException.because("rule.passage-outside");
        }
        while (start > 0 && isWordChar(body.charAt(start - 1)) && isWordChar(body.charAt(start))) {
            start--;
        }
        while (end < body.length() && isWordChar(body.charAt(end - 1)) && isWordChar(body.charAt(end))) {
            end++;
        }
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw MapRuleException.because("rule.select-words");
        }
        return at(articleId, body, start, end);
    }

    /** The passage [start, end) of the body as it is, with its context. */
    public static Passage at(long articleId, String body, int start, int end) {
        return new Passage(articleId, start, end, body.substring(start, end),
                body.substring(Math.max(0, start - CONTEXT), start), body.substring(end, Math.min(body.length(), end + CONTEXT)));
    }

    private static boolean isWordChar(char c) {
        // ZWNJ and ZWJ sit inside Persian words (کتاب‌ها), as combining marks do: a selection does not stop at them
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '\u200C' || c == '\u200D'
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    public boolean isAnchoredIn(String body) {
        return end <= body.length() && body.regionMatches(start, quote, 0, quote.length()) && end - start == quote.length();
    }

    /** Where this passage is in a corrected text: unchanged, found again by quote and context, or lost. */
    public Reanchoring reanchorIn(String body) {
        if (isAnchoredIn(body)) {
            return new Reanchoring(Citation.AnchorStatus.ANCHORED, this);
        }
        List<Integer> found = new ArrayList<>();
        for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
            found.add(i);
        }
        if (found.isEmpty()) {
            return new Reanchoring(Citation.AnchorStatus.ORPHANED, this);
        }
        int best = -1;
        int bestScore = -1;
        boolean tie = false;
        for (int at : found) {
            int score = contextScore(body, at);
            if (score > bestScore) {
                best = at;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (tie) {
            return new Reanchoring(Citation.AnchorStatus.ORPHANED, this); // ambiguous: never guess
        }
        return new Reanchoring(Citation.AnchorStatus.MOVED, at(articleId, body, best, best + quote.length()));
    }

    /** How many characters of the recorded prefix and suffix agree with the text around a candidate. */
    private int contextScore(String body, int at) {
        int score = 0;
        for (int i = 1; i <= prefix.length() && at - i >= 0 && body.charAt(at - i) == prefix.charAt(prefix.length() - i); i++) {
            score++;
        }
        int after = at + quote.length();
        for (int i = 0; i < suffix.length() && after + i < body.length() && body.charAt(after + i) == suffix.charAt(i); i++) {
            score++;
        }
        return score;
    }

    public record Reanchoring(Citation.AnchorStatus status, Passage passage) {
    }
}
