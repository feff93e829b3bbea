package org.warrant.ui;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.warrant.shared.Messages;

/**
 * Vaadin's {@link I18NProvider} for Warrant: the texts of {@link Messages}, English and Persian. Views ask through
 * {@link Text#t}; Vaadin asks for the languages it may match a browser's against.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Messages.ENGLISH;
    public static final Locale PERSIAN = Messages.PERSIAN;
    public static final List<Locale> LOCALES = Messages.LOCALES;

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.text(locale, key, params);
    }

    public static Locale supported(Locale locale) {
        return Messages.supported(locale);
    }

    public static boolean rightToLeft(Locale locale) {
        return Messages.rightToLeft(locale);
    }

    /** Every key and text of one language, for the test that both languages have the same keys. */
    public Properties bundle(Locale locale) {
        return Messages.bundle(locale);
    }
}
