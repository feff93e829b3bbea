package org.warrant.shell;

import java.util.Locale;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.warrant.ui.Translations;

/**
 * What a user is told when their session is gone: the server they were on stopped (one of several instances
 * was lost, or Warrant restarted) or they were away too long. Vaadin's default says only "Session expired";
 * this says that saved work is safe and how to carry on, in the user's language. Every edit is saved when made,
 * so nothing shown as saved is lost; signing in again through the balancer lands on a running instance.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    private final Translations translations;

    ConnectionMessages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    CustomizedSystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(translations.getTranslation("connection.session-ended", locale));
        messages.setSessionExpiredMessage(translations.getTranslation("connection.carry-on", locale));
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption(translations.getTranslation("connection.server-error", locale));
        messages.setInternalErrorMessage(translations.getTranslation("connection.reload", locale));
        return messages;
    }
}
