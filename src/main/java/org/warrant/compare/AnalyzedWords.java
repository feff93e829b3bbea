package org.warrant.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Content words of Persian (and other Arabic-script) and Azerbaijani text, by Lucene's analysers: Persian's normalises
 * Arabic letter forms to Persian ones, joins what the zero-width non-joiner joins, drops stop words and stems
 * ("کشورهای" and "کشور" meet); Turkish's, the closest Lucene has to Azerbaijani, lower-cases dotted and dotless i
 * rightly, drops stop words and stems. English keeps {@link ContentWords}' own rules. Analysers are thread-safe.
 */
final class AnalyzedWords {

    private static final Analyzer PERSIAN = new PersianAnalyzer();
    private static final Analyzer TURKISH = new TurkishAnalyzer();

    private AnalyzedWords() {
    }

    static List<String> persian(String text) {
        return words(PERSIAN, text);
    }

    static List<String> turkish(String text) {
        return words(TURKISH, text);
    }

    /** Splits a text into its Arabic-script runs and the rest, as [arabic, other], each with spaces where the other was. */
    static String[] byScript(String text) {
        StringBuilder arabic = new StringBuilder(text.length());
        StringBuilder other = new StringBuilder(text.length());
        boolean previousArabic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            boolean arabicScript = block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B || (c == '\u200C' && previousArabic);
            arabic.append(arabicScript ? c : ' ');
            other.append(arabicScript ? ' ' : c);
            previousArabic = block == Character.UnicodeBlock.ARABIC;
        }
        return new String[] {arabic.toString(), other.toString()};
    }

    private static List<String> words(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }
}
