package org.warrant.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open pages that show a user's bell, told when that user gets a notification, once it is committed. Within
 * one instance; on several, a bell on another instance catches up when its page is opened again (decision 0024).
 */
@Component
class LiveCounts {

    private final Map<String, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final NotificationStore store;

    LiveCounts(NotificationStore store) {
        this.store = store;
    }

    /** {@code onNew} hears the user's unread count whenever it grows; run the result to stop. */
    Runnable subscribe(String username, LongConsumer onNew) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(onNew);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(onNew);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationsAdded added) {
        for (String user : added.recipients()) {
            Set<LongConsumer> open = listeners.getOrDefault(user, Set.of());
            if (!open.isEmpty()) {
                long unread = store.unread(user);
                open.forEach(l -> l.accept(unread));
            }
        }
    }
}
