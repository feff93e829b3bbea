package org.warrant.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.assignments.AssignmentDeadlines;

/**
 * The notifications no one's action makes: "due in 24 hours" for students who have not handed in (once per
 * assignment and student), and the daily digest of everyone who chose one.
 */
@Component
class Reminders {

    private final AssignmentDeadlines deadlines;
    private final Notifier notifier;
    private final NotificationStore store;
    private final Outbox outbox;
    private final MailComposer composer;
    private final Clock clock;

    Reminders(AssignmentDeadlines deadlines, Notifier notifier, NotificationStore store, Outbox outbox, MailComposer composer, Clock clock) {
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.store = store;
        this.outbox = outbox;
        this.composer = composer;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    public void remindOfDeadlines() {
        Instant now = clock.instant();
        for (AssignmentDeadlines.DueSoon due : deadlines.dueBetween(now, now.plus(Duration.ofHours(24)))) {
            notifier.notify(due.waitingFor(), NotificationKind.DUE_SOON, List.of(due.title()), "assignments/" + due.assignmentId(),
                    "due:" + due.assignmentId());
        }
    }

    /** One mail per user with everything kept for their digest; the same notifications are never mailed twice. */
    @Scheduled(cron = "${warrant.mail.digest-at:0 0 7 * * *}")
    @Transactional
    public void sendDigests() {
        for (String user : store.digestRecipients()) {
            List<Notification> waiting = store.waitingForDigest(user);
            store.settings(user).filter(s -> s.email() != null).ifPresent(s ->
                    outbox.put(s.email(), composer.digest(notifier.localeOf(user), waiting), clock.instant()));
            store.digested(user, waiting.getLast().id());
        }
    }
}
