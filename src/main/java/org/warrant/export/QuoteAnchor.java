package org.warrant.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warrant.export.OutlineSyntax.CitationLine;
import org.warrant.maps.Passage;
import org.warrant.sources.Article;

/**
 * Finds an imported quote in its article. With a citation line: at the outline's offsets if the text there is
 * still the quote; otherwise the one place the quote occurs, or the one place in the cited paragraph. Without
 * one (a hand-written outline): the one place the quote occurs, spaces and line breaks matched loosely.
 * Never a guess: a quote that is missing or occurs more than once is a problem for the importer to fix.
 */
final class QuoteAnchor {

    sealed interface Found permits Anchored, NotFound {
    }

    record Anchored(Passage passage) implements Found {
    }

    record NotFound(String problem) implements Found {
    }

    private QuoteAnchor() {
    }

    static Found find(Article article, String quote, CitationLine citation, String shortTitle) {
        String body = article.body();
        if (sitsAt(body, quote, citation)) {
            return new Anchored(Passage.at(article.id(), body, citation.start(), citation.end()));
        }
        List<int[]> found = occurrences(body, quote, citation == null);
        if (found.size() > 1 && citation != null) {
            List<int[]> inParagraph = found.stream().filter(at -> OutlineWriter.paragraphAt(article, at[0]) == citation.paragraph()).toList();
            found = inParagraph.size() == 1 ? inParagraph : found;
        }
        if (found.size() == 1) {
            return new Anchored(Passage.at(article.id(), body, found.getFirst()[0], found.getFirst()[1]));
        }
        return new NotFound(found.isEmpty()
                ? "The quote is not in “" + shortTitle + "”: copy it exactly from the article."
                : "The quote occurs " + found.size() + " times in “" + shortTitle + "”; quote a few more words so it is found once.");
    }

    /** Whether the quote is at the characters its citation line names (the check a cited passage makes). */
    static boolean sitsAt(String body, String quote, CitationLine citation) {
        return citation != null && new Passage(0, citation.start(), citation.end(), quote, "", "").isAnchoredIn(body);
    }

    /** "…", "[...]", "[…]" or "..." between words: where a quote written by hand leaves words out. */
    private static final Pattern GAP = Pattern.compile("\\s*(?:\\[\\s*(?:\\.\\s*){3}\\]|\\[\\s*…\\s*\\]|…|(?<!\\.)\\.\\.\\.(?!\\.))\\s*");

    /** The parts of a quote written with gaps; one part (the quote itself, trimmed of gaps) when it has none inside. */
    static List<String> parts(String quote) {
        return Arrays.stream(GAP.split(quote.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * A quote with words left out ("the confidence … was severely debarred"), as several passages: each part
     * found in the article after the one before it, the first found exactly once. Empty, with the problem
     * said, when a part is missing.
     */
    static Optional<List<Passage>> findParts(Article article, List<String> parts, String shortTitle, Consumer<String> problem) {
        String body = article.body();
        List<int[]> first = occurrences(body, parts.getFirst(), true);
        if (first.size() != 1) {
            problem.accept(first.isEmpty() ? "The quote's first part, “" + parts.getFirst() + "”, is not in “" + shortTitle + "”: copy it exactly."
                    : "The quote's first part, “" + parts.getFirst() + "”, occurs " + first.size() + " times in “" + shortTitle
                    + "”; quote a few more words so it is found once.");
            return Optional.empty();
        }
        List<Passage> passages = new ArrayList<>(List.of(Passage.at(article.id(), body, first.getFirst()[0], first.getFirst()[1])));
        int from = first.getFirst()[1];
        for (String part : parts.subList(1, parts.size())) {
            Matcher next = loose(part).matcher(body);
            if (!next.find(from)) {
                problem.accept("The quote's part “" + part + "” is not in “" + shortTitle + "” after the part before it: parts "
                        + "joined by “…” must come in the article's order.");
                return Optional.empty();
            }
            passages.add(Passage.at(article.id(), body, next.start(), next.end()));
            from = next.end();
        }
        return Optional.of(passages);
    }

    /** Whether the quote is somewhere in the text, spaces and line breaks matched loosely (as a hand-written list's are). */
    static boolean occursIn(String body, String quote) {
        return !quote.isBlank() && !occurrences(body, quote, true).isEmpty();
    }

    /** The quote's words with any spaces and line breaks between them. */
    private static Pattern loose(String quote) {
        StringBuilder regex = new StringBuilder();
        for (String w : quote.strip().split("\\s+")) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(w));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<int[]> occurrences(String body, String quote, boolean loose) {
        List<int[]> found = new ArrayList<>();
        if (!loose) {
            for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
                found.add(new int[] {i, i + quote.length()});
            }
            return found;
        }
        Matcher m = loose(quote).matcher(body);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

}
