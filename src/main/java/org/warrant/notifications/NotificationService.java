package org.warrant.notifications;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.security.CurrentUser;
import org.warrant.shared.Refused;

/** The signed-in user's notifications and mail settings; no method reaches anyone else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationStore store;
    private final LiveCounts live;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    NotificationService(NotificationStore store, LiveCounts live, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.store = store;
        this.live = live;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unread() {
        return store.unread(me());
    }

    /** The newest first, at most {@code limit} (1 to 200). */
    @Transactional(readOnly = true)
    public List<Notification> recent(int limit) {
        return store.recent(me(), Math.max(1, Math.min(200, limit)));
    }

    @Transactional
    public void markRead(long id) {
        store.markRead(me(), id, clock.instant());
    }

    @Transactional
    public void markAllRead() {
        store.markAllRead(me(), clock.instant());
    }

    @Transactional(readOnly = true)
    public MailSettings settings() {
        return store.settings(me()).orElse(MailSettings.defaults());
    }

    /** Saves the user's mail settings; an address that is not one is refused. */
    @Transactional
    public void saveSettings(@Nullable String email, java.util.Set<NotificationKind> mailed, boolean digest) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !MailSettings.isAddress(address)) {
            throw new Refused("notifications.bad-email", address);
        }
        store.saveSettings(me(), new MailSettings(address, mailed.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(mailed), digest));
        log.info("{} changed their notification mail settings", me());
    }

    /** Whether the operator set up a mail server; without one, Warrant mails nothing. */
    public boolean mailAvailable() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Calls {@code onNew} (from another thread, with the new unread count) whenever the user gets a notification;
     * run the result to stop.
     */
    public Runnable onNew(java.util.function.LongConsumer onNew) {
        return live.subscribe(me(), onNew);
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
