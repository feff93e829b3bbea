package org.warrant.notifications;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user's mail settings: the address (none: no mail), which kinds are mailed, and whether they come together in
 * one mail a day instead of one by one. The app shows every kind either way.
 */
public record MailSettings(@Nullable String email, Set<NotificationKind> mailed, boolean digest) {

    /** Everything mailed at once, once an address is given. */
    public static MailSettings defaults() {
        return new MailSettings(null, EnumSet.allOf(NotificationKind.class), false);
    }

    public boolean mails(NotificationKind kind) {
        return email != null && mailed.contains(kind);
    }
}
