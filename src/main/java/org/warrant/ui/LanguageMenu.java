package org.warrant.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * The interface language, chosen in the top bar or on the sign-in page. Each language is named in itself
 * ("English", "فارسی"), so one who can't read the current language still finds theirs. The choice is kept
 * for the browser's session, passed to {@code remember} (the signed-in user's setting), and the page is
 * loaded again in the new language and direction.
 */
public class LanguageMenu extends Select<Locale> {

    /** Where a choice made before signing in is kept for the rest of the session. */
    public static final String SESSION_CHOICE = "warrant.interface-language";

    public LanguageMenu(Consumer<Locale> remember) {
        addClassName("language-menu");
        setItems(Translations.LOCALES);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setAriaLabel(Text.t("language.menu"));
        setValue(Text.locale());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                Locale chosen = e.getValue();
                VaadinSession.getCurrent().setAttribute(SESSION_CHOICE, chosen);
                remember.accept(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
