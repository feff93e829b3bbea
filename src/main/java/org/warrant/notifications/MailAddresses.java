package org.warrant.notifications;

import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail addresses that someone other than the user vouches for: the LMS's, in a verified launch. Kept only for a user
 * who has no mail settings yet; what the user chooses themselves is never overwritten.
 */
@Component
public class MailAddresses {

    private final NotificationStore store;

    MailAddresses(NotificationStore store) {
        this.store = store;
    }

    /** Every kind mailed at once to this address, unless the user has settings already or it is not an address. */
    @Transactional
    public void offer(String username, String email) {
        if (email == null || !MailSettings.isAddress(email.strip()) || store.settings(username).isPresent()) {
            return;
        }
        store.saveSettings(username, new MailSettings(email.strip(), EnumSet.allOf(NotificationKind.class), false));
    }
}
