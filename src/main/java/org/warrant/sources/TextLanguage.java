package org.warrant.sources;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of an article's text, guessed from its letters: Persian and Arabic by the letters only one of
 * them uses, Azerbaijani by its schwa, English by its commonest words. Other texts get no language rather than
 * a wrong one; the reader then leaves the direction to each paragraph ({@code dir="auto"}).
 */
public final class TextLanguage {

    private static final String PERSIAN_ONLY = "پچژگکی"; // U+067E U+0686 U+0698 U+06AF U+06A9 U+06CC
    private static final String ARABIC_ONLY = "ةيكى"; // U+0629 U+064A U+0643 U+0649

    /** The languages an importer may choose, by tag, with their names in English. */
    public static final java.util.Map<String, String> NAMES = java.util.Map.of("fa", "Persian", "ar", "Arabic", "az", "Azerbaijani", "en", "English");

    private TextLanguage() {
    }

    /** A BCP 47 tag ("fa", "ar", "az", "en"), or empty. Reads at most the first 20,000 characters. */
    public static Optional<String> guess(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int arabicScript = 0, persian = 0, arabic = 0, latin = 0, schwa = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                arabicScript++;
                persian += PERSIAN_ONLY.indexOf(c) >= 0 ? 1 : 0;
                arabic += ARABIC_ONLY.indexOf(c) >= 0 ? 1 : 0;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
                schwa += c == 'ə' || c == 'Ə' ? 1 : 0;
            }
        }
        if (arabicScript > latin) {
            return persian >= arabic ? Optional.of("fa") : Optional.of("ar");
        }
        if (latin == 0) {
            return Optional.empty();
        }
        if (schwa * 40 >= latin) { // Azerbaijani writes ə about every 15 letters; a stray one is a name
            return Optional.of("az");
        }
        return englishWords(sample) ? Optional.of("en") : Optional.empty();
    }

    private static boolean englishWords(String sample) {
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^a-z']+");
        int common = 0;
        for (String w : words) {
            common += switch (w) {
                case "the", "and", "of", "to", "in", "is", "that", "it", "was", "for" -> 1;
                default -> 0;
            };
        }
        return words.length > 0 && common * 12 >= words.length; // about one word in six in English prose
    }
}
