package org.warrant.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a user is told when their session is gone: the server they were on stopped (one of several instances
 * was lost, or Warrant restarted) or they were away too long. Vaadin's default says only "Session expired";
 * this says that saved work is safe and how to carry on. Every edit is saved when made, so nothing shown as
 * saved is lost; signing in again through the balancer lands on a running instance.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    static final String SESSION_ENDED = "Your session has ended";
    static final String CARRY_ON = "The server you were working on stopped, or you were away a long time. Everything you "
            + "saved is kept. Take note of anything you were typing, then click here to sign in again and carry on.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(SESSION_ENDED);
        messages.setSessionExpiredMessage(CARRY_ON);
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption("Something went wrong on the server");
        messages.setInternalErrorMessage("Your saved work is kept. Take note of anything you were typing, then click here "
                + "to reload the page.");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
