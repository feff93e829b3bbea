/**
 * Notifications: what happened that concerns a user (a comment on their map, released feedback, an assignment set
 * or due, work handed in), in the app behind the top bar's bell and by mail, at once or as a daily digest. Mail
 * leaves through an outbox table and the operator's SMTP server, retried when it fails (decision 0024).
 * {@link org.warrant.notifications.NotificationService} is the public API; each user reaches only their own.
 */
@NullMarked
package org.warrant.notifications;

import org.jspecify.annotations.NullMarked;
