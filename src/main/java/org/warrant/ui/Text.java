package org.warrant.ui;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.LocaleUtil;
import org.warrant.shared.Explained;
import org.warrant.shared.Messages;

/**
 * The one way views get their words: {@code t("maps.new")} asks Vaadin's {@link I18NProvider} (that is,
 * {@link Translations}) for the current user's language; numbers come out in that language's digits (dates:
 * {@link Dates}).
 */
public final class Text {

    private Text() {
    }

    public static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    /** These keys and their texts, for a web component that names things itself (its "messages" property). */
    public static Map<String, String> messages(Collection<String> keys) {
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach(key -> texts.put(key, t(key)));
        return texts;
    }

    /** Why a service refused: in the user's language when the service gave its reason as a text ({@link Explained}). */
    public static String problem(Throwable refusal) {
        if (refusal instanceof Explained explained && explained.key() != null) {
            return t(explained.key(), explained.args());
        }
        return String.valueOf(refusal.getMessage());
    }

    /** Whether a text's first strong letter runs right to left, as dir="auto" decides. */
    public static boolean rightToLeft(String text) {
        return Messages.startsRightToLeft(text);
    }

    public static Locale locale() {
        return Translations.supported(LocaleUtil.getLocale());
    }

    public static String number(long n) {
        return NumberFormat.getInstance(locale()).format(n);
    }

    /** A number with one decimal in the user's digits. */
    public static String decimal(double d, int digits) {
        NumberFormat f = NumberFormat.getInstance(locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(d);
    }
}
