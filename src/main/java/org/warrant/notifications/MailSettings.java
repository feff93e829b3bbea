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

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");

    /** Whether this looks like a mail address Warrant will send to (a local part, @, a domain with a dot). */
    static boolean isAddress(@Nullable String address) {
        return address != null && address.length() <= 254 && EMAIL.matcher(address).matches();
    }

    public boolean mails(NotificationKind kind) {
        return email != null && mailed.contains(kind);
    }
}
