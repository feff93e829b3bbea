package org.warrant.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import org.warrant.accounts.InterfaceLanguage;
import org.warrant.ui.LanguageMenu;
import org.warrant.ui.Translations;

/**
 * Chooses each new page's language: the signed-in user's own choice if they made one, else the one chosen on this
 * browser's sign-in page, else the browser's (Vaadin matches it against {@link Translations}). Persian turns the
 * whole page right-to-left and tells the browser its language, for screen readers and fonts.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final InterfaceLanguage languages;
    private final Translations translations;

    LanguageSetup(InterfaceLanguage languages, Translations translations) {
        this.languages = languages;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), choice(e.getUI())));
    }

    private Locale choice(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            var chosen = languages.chosen();
            if (chosen.isPresent()) {
                return Locale.forLanguageTag(chosen.get());
            }
        }
        Object inSession = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LanguageMenu.SESSION_CHOICE);
        return inSession instanceof Locale l ? l : ui.getLocale();
    }

    private void apply(UI ui, Locale wanted) {
        Locale locale = Translations.supported(wanted);
        ui.setLocale(locale);
        ui.setDirection(Translations.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        // Vaadin's connection indicator sits outside every view; a11y-fixes.js makes it a region, named here.
        ui.getPage().executeJs("customElements.whenDefined('vaadin-connection-indicator').then(() => document"
                + ".querySelectorAll('vaadin-connection-indicator').forEach(i => i.setAttribute('aria-label', $0)))",
                translations.getTranslation("connection.indicator", locale));
    }
}
