package org.warrant.notifications;

import java.util.Set;

/** Users got new notifications; after the commit, their open pages update the bell. */
record NotificationsAdded(Set<String> recipients) {
}
