package org.warrant.notifications;

/** A mail ready for the outbox: subject, plain text, and the same as HTML (made only of escaped text). */
record ComposedMail(String subject, String text, String html) {
}
