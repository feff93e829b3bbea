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

    /**
     * Someone's words set inside a sentence, isolated (U+2068 … U+2069) so that each keeps its own direction: an
     * English title ending in "?" inside a Persian sentence keeps its question mark at its own end.
     */
    public static String isolated(String text) {
        return text.startsWith("\u2068") ? text : "\u2068" + text + "\u2069";
    }

    /** Every key and text of one language. */
    public static Properties bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(supported(locale).getLanguage(), Messages::load);
    }

    /** In a right-to-left sentence a filled-in text (a title, a name, often English) is isolated. */
    private static String fill(String text, Locale locale, Object[] params) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            Object value = i < params.length ? params[i] : m.group();
            String shown = value instanceof Number n ? NumberFormat.getInstance(locale).format(n)
                    : rightToLeft(locale) ? isolated(String.valueOf(value)) : String.valueOf(value);
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
