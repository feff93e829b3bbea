package org.warrant.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One notification as its recipient sees it: its kind and the words filled into its text, the address in Warrant it
 * leads to (a path like {@code maps/12}), and whether it was read.
 */
public record Notification(long id, NotificationKind kind, List<String> args, String link, Instant createdAt, boolean read) {

    /** The key of its one-line text in the message bundles. */
    public String textKey() {
        return "notification." + kind.name();
    }
}
