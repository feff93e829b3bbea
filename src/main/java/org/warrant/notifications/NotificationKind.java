package org.warrant.notifications;

/** What a notification is about; each has its texts under {@code notification.<name>} and can be mailed or not. */
public enum NotificationKind {
    COMMENT,
    FEEDBACK,
    ASSIGNMENT_SET,
    DUE_SOON,
    HANDED_IN
}
