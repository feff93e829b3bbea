package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
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

    /** Whether the quote is somewhere in the text, spaces and line breaks matched loosely (as a hand-written list's are). */
    static boolean occursIn(String body, String quote) {
        return !quote.isBlank() && !occurrences(body, quote, true).isEmpty();
    }

    private static List<int[]> occurrences(String body, String quote, boolean loose) {
        List<int[]> found = new ArrayList<>();
        if (!loose) {
            for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
                found.add(new int[] {i, i + quote.length()});
            }
            return found;
        }
        String[] words = quote.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(body);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

}
