package org.warrant.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.InterfaceLanguage;
import org.warrant.assignments.AssignmentSet;
import org.warrant.assignments.WorkHandedIn;
import org.warrant.comments.CommentPosted;
import org.warrant.grading.GradesReleased;

/**
 * Turns what happened into notifications for the people it concerns, in the transaction of what happened (so a
 * change that rolls back notifies no one), and puts their mail in the outbox, or keeps it for the digest.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationStore store;
    private final Outbox outbox;
    private final MailComposer composer;
    private final AccountService accounts;
    private final InterfaceLanguage languages;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationStore store, Outbox outbox, MailComposer composer, AccountService accounts, InterfaceLanguage languages,
             ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.composer = composer;
        this.accounts = accounts;
        this.languages = languages;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CommentPosted c) {
        String author = accounts.displayName(c.author()).orElse(c.author());
        notify(c.recipients(), NotificationKind.COMMENT, List.of(author, c.mapTitle(), c.excerpt()), "maps/" + c.mapId(), null);
    }

    @EventListener
    void on(GradesReleased r) {
        Set<String> students = new TreeSet<>();
        r.grades().forEach(g -> students.addAll(g.points().keySet()));
        notify(students, NotificationKind.FEEDBACK, List.of(r.assignmentTitle()), "assignments/" + r.assignmentId(), null);
    }

    @EventListener
    void on(AssignmentSet a) {
        notify(a.students(), NotificationKind.ASSIGNMENT_SET, List.of(a.title(), a.seminarName()), "assignments/" + a.assignmentId(), null);
    }

    @EventListener
    void on(WorkHandedIn w) {
        notify(w.instructors(), NotificationKind.HANDED_IN, List.of(w.workName(), w.title()), "assignments/" + w.assignmentId(), null);
    }

    /** Notifies each recipient once; with a dedupe key, never twice for the same thing. */
    void notify(Collection<String> recipients, NotificationKind kind, List<String> args, String link, @Nullable String dedupeKey) {
        for (String recipient : recipients) {
            MailSettings settings = store.settings(recipient).orElse(MailSettings.defaults());
            boolean mailed = settings.mails(kind) && mail.getIfAvailable() != null;
            String state = !mailed ? "NONE" : settings.digest() ? "DIGEST" : "QUEUED";
            if (!store.insert(recipient, kind, args, link, clock.instant(), state, dedupeKey)) {
                continue;
            }
            if ("QUEUED".equals(state)) {
                Notification n = new Notification(0, kind, args, link, clock.instant(), false);
                outbox.put(settings.email(), composer.one(localeOf(recipient), n), clock.instant());
            }
            log.debug("Notified {} of {} ({})", recipient, kind, link);
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new NotificationsAdded(Set.copyOf(recipients)));
        }
    }

    Locale localeOf(String username) {
        return languages.of(username).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
