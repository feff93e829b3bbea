package org.warrant.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warrant's texts in English and Persian, from {@code i18n/messages.properties} and {@code messages_fa.properties}
 * (UTF-8): the interface's words, and the reasons services give when they refuse something. Placeholders are
 * {@code {0}}, {@code {1}}…, filled without {@link java.text.MessageFormat}'s quoting rules, so an apostrophe is just
 * an apostrophe; numbers are written in the language's digits. A key missing from Persian falls back to English; a
 * key missing from both shows as {@code ⟦key⟧} and is logged, so tests can find it on a page.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    public static final List<Locale> LOCALES = List.of(ENGLISH, PERSIAN);

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... params) {
        Locale supported = supported(locale);
        String text = bundle(supported).getProperty(key);
        if (text == null && supported != ENGLISH) {
            log.warn("No {} text for '{}'; showing the English", supported, key);
            text = bundle(ENGLISH).getProperty(key);
        }
        if (text == null) {
            log.warn("No text for '{}'", key);
            return "⟦" + key + "⟧";
        }
        return params.length == 0 ? text : fill(text, supported, params);
    }

    /** The language texts come in for a locale: Persian for any Persian, English for everything else. */
    public static Locale supported(Locale locale) {
        return PERSIAN.getLanguage().equals(locale.getLanguage()) ? PERSIAN : ENGLISH;
    }

    public static boolean rightToLeft(Locale locale) {
        return supported(locale) == PERSIAN;
    }

    /** Whether a text's first strong letter runs right to left (Persian, Arabic, Hebrew), as dir="auto" decides. */
    public static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Someone's words set inside a sentence (a title, a name), isolated (U+2068 … U+2069) when their direction may
     * differ from the sentence's, so each keeps its own: an English title ending in "?" inside a Persian sentence
     * keeps its question mark at its own end, and a Persian title in an English sentence reads right to left.
     */
    private static String filledIn(String text, Locale locale) {
        boolean isolate = rightToLeft(locale) || startsRightToLeft(text);
        return !isolate || text.startsWith("\u2068") ? text : "\u2068" + text + "\u2069";
    }

    /** Every key and text of one language. */
    public static Properties bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(supported(locale).getLanguage(), Messages::load);
    }

    private static String fill(String text, Locale locale, Object[] params) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            Object value = i < params.length ? params[i] : m.group();
            String shown = value instanceof Number n ? NumberFormat.getInstance(locale).format(n) : filledIn(String.valueOf(value), locale);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties load(String language) {
        String name = "/i18n/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
