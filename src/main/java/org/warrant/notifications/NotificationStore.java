package org.warrant.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** Notifications and users' mail settings. The arguments are kept as one text, split by the unit separator. */
@Component
class NotificationStore {

    private static final String SEPARATOR = "\u001f";

    /** A stored notification with its recipient, for the mailer. */
    record Row(long id, String recipient, Notification notification) {
    }

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a notification; false when one with the same dedupe key was made for the recipient before. The check is
     * part of the insert, so a repeat leaves the transaction usable (on PostgreSQL a failed insert would abort it); the
     * unique constraint still stops two instances racing.
     */
    boolean insert(String recipient, NotificationKind kind, List<String> args, String link, Instant at, String mailState,
                   @Nullable String dedupeKey) {
        String joined = args.stream().map(a -> a.replace(SEPARATOR, " ")).collect(Collectors.joining(SEPARATOR));
        String stored = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        if (dedupeKey == null) {
            jdbc.sql("INSERT INTO notification (recipient, kind, args, link, created_at, mail_state) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(recipient, kind.name(), stored, link, SqlTime.of(at), mailState).update();
            return true;
        }
        return jdbc.sql("INSERT INTO notification (recipient, kind, args, link, created_at, mail_state, dedupe_key) SELECT ?, ?, ?, ?, ?, ?, ? "
                        + "FROM (VALUES (1)) one WHERE NOT EXISTS (SELECT 1 FROM notification WHERE recipient = ? AND dedupe_key = ?)")
                .params(recipient, kind.name(), stored, link, SqlTime.of(at), mailState, dedupeKey, recipient, dedupeKey).update() == 1;
    }

    List<Notification> recent(String recipient, int limit) {
        return jdbc.sql("SELECT id, kind, args, link, created_at, read_at FROM notification WHERE recipient = ? ORDER BY id DESC FETCH FIRST "
                        + limit + " ROWS ONLY").param(recipient).query((rs, n) -> notification(rs)).list();
    }

    long unread(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL").param(recipient).query(Long.class).single();
    }

    /** Marks one of the recipient's notifications read (someone else's id changes nothing). */
    void markRead(String recipient, long id, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL").params(SqlTime.of(at), id, recipient).update();
    }

    void markAllRead(String recipient, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL").params(SqlTime.of(at), recipient).update();
    }

    /** Users with notifications waiting for their digest. */
    List<String> digestRecipients() {
        return jdbc.sql("SELECT DISTINCT recipient FROM notification WHERE mail_state = 'DIGEST' ORDER BY recipient").query(String.class).list();
    }

    List<Notification> waitingForDigest(String recipient) {
        return jdbc.sql("SELECT id, kind, args, link, created_at, read_at FROM notification WHERE recipient = ? AND mail_state = 'DIGEST' ORDER BY id")
                .param(recipient).query((rs, n) -> notification(rs)).list();
    }

    void digested(String recipient, long upToId) {
        jdbc.sql("UPDATE notification SET mail_state = 'QUEUED' WHERE recipient = ? AND mail_state = 'DIGEST' AND id <= ?")
                .params(recipient, upToId).update();
    }

    Optional<MailSettings> settings(String username) {
        return jdbc.sql("SELECT email, mail_kinds, digest FROM notification_setting WHERE username = ?").param(username)
                .query((rs, n) -> new MailSettings(rs.getString(1), kinds(rs.getString(2)), rs.getBoolean(3))).optional();
    }

    void saveSettings(String username, MailSettings s) {
        String kinds = s.mailed().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE notification_setting SET email = ?, mail_kinds = ?, digest = ? WHERE username = ?")
                .params(s.email(), kinds, s.digest(), username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notification_setting (username, email, mail_kinds, digest) VALUES (?, ?, ?, ?)")
                    .params(username, s.email(), kinds, s.digest()).update();
        }
    }

    private static EnumSet<NotificationKind> kinds(String names) {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).forEach(n -> {
            try {
                kinds.add(NotificationKind.valueOf(n));
            } catch (IllegalArgumentException retired) { // a kind a later version no longer has
                // left out
            }
        });
        return kinds;
    }

    private static Notification notification(java.sql.ResultSet rs) throws java.sql.SQLException {
        String args = rs.getString(3);
        return new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class) != null);
    }
}
