package org.warrant.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.warrant.sources.TextLanguage;

/**
 * The words a comparison looks at. Node texts become sorted sets of content-word ids (lower case, stop words
 * dropped, common endings cut; Persian and Azerbaijani words by Lucene's analysers, see {@link AnalyzedWords}), so
 * two wordings compare by set overlap. Cited passages become the set of word
 * positions they cover in their article: a word is keyed by the article and the offset where it starts, so
 * two citations of the same words share keys whatever else they include.
 */
final class ContentWords {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
            "this", "that", "these", "those", "which", "who", "whom", "has", "have", "had", "do", "does", "did",
            "not", "no", "so", "than", "then", "there", "their", "they", "them", "he", "she", "his", "her", "we",
            "our", "you", "your", "i", "my", "me", "into", "over", "about", "also", "can", "could", "would",
            "should", "will", "may", "might", "such", "more", "most", "very", "own", "s");

    // filled while the maps' features are built, one map after another, before any pair is compared
    private final Map<String, Integer> ids = new HashMap<>();

    /** The text's content words as sorted, distinct ids (longs, like passage positions, so one intersection serves both). */
    long[] of(String text) {
        if (text == null) {
            return new long[0];
        }
        List<Integer> found = new ArrayList<>();
        String[] scripts = AnalyzedWords.byScript(text); // Persian words and English ones may share a text
        for (String word : AnalyzedWords.persian(scripts[0])) {
            found.add(ids.computeIfAbsent(word, w -> ids.size()));
        }
        if (TextLanguage.guess(scripts[1]).filter("az"::equals).isPresent()) {
            AnalyzedWords.turkish(scripts[1]).forEach(word -> found.add(ids.computeIfAbsent(word, w -> ids.size())));
        } else {
            for (String word : split(scripts[1])) {
                if (!STOP.contains(word)) {
                    found.add(ids.computeIfAbsent(stem(word), w -> ids.size()));
                }
            }
        }
        return found.stream().mapToLong(Integer::longValue).sorted().distinct().toArray();
    }

    /** The article positions of every word in the quote, which starts at {@code start} of article {@code articleId}. */
    static void positions(long articleId, int start, String quote, List<Long> into) {
        boolean inWord = false;
        for (int i = 0; i < quote.length(); i++) {
            boolean letter = Character.isLetterOrDigit(quote.charAt(i));
            if (letter && !inWord) {
                into.add((articleId << 32) | (start + i));
            }
            inWord = letter;
        }
    }

    static long[] sortedDistinct(List<Long> keys) {
        return keys.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        // Apostrophes inside words: "hasn't" is "has not" (both stop words), "Iran's" is "Iran", "o'clock" one word;
        // split at them, "hasn't" left "hasn" and "t" as words of its own.
        String joined = APOSTROPHE.matcher(folded).replaceAll("'");
        joined = IRREGULAR_NOT.matcher(joined).replaceAll(m -> m.group(1).equals("won") ? "will not" : m.group(1).equals("can") ? "can not" : "shall not");
        joined = NOT.matcher(joined).replaceAll(" not");
        joined = CLITIC.matcher(joined).replaceAll("");
        joined = POSSESSIVE.matcher(joined).replaceAll("");
        joined = INSIDE.matcher(joined).replaceAll("");
        return Arrays.stream(joined.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static final Pattern APOSTROPHE = Pattern.compile("[\u2019\u02BC]");
    private static final Pattern IRREGULAR_NOT = Pattern.compile("\\b(can|won|shan)'t\\b");
    private static final Pattern NOT = Pattern.compile("(?<=\\p{L})n't\\b");
    private static final Pattern CLITIC = Pattern.compile("(?<=\\p{L})'(re|ve|ll|d|m)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s?\\b");
    private static final Pattern INSIDE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private static final String[] SUFFIXES = {"ities", "ity", "ing", "ed", "es", "s", "ly"};

    /** A light stemmer: "neutrality" and "neutral", "trusting" and "trust", "routes" and "route" meet. */
    private static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4 && !word.endsWith("ss")) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** |a ∩ b| of two sorted arrays. */
    static int common(long[] a, long[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++; i++; j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Jaccard overlap: shared over all; 0 when both are empty. */
    static double overlap(long[] a, long[] b) {
        int shared = common(a, b);
        int all = a.length + b.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    /** Dice similarity of two wordings: twice the shared words over the words of both; 0 when both are empty. */
    static double similarity(long[] a, long[] b) {
        int total = a.length + b.length;
        return total == 0 ? 0 : 2.0 * common(a, b) / total;
    }
}
