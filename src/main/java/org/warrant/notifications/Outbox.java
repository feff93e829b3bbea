package org.warrant.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/**
 * The mail outbox: mail is written here in the transaction of what it tells about, and sent later by {@link
 * OutboxSender}, so a request never waits for the mail server and nothing is lost in a restart.
 */
@Component
class Outbox {

    /** How long a sender holds a mail it took before another instance may take it (a sender that died mid-send). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    record Mail(long id, String recipient, String subject, String text, String html, int attempts, Instant nextAttemptAt) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(String recipient, ComposedMail mail, Instant at) {
        jdbc.sql("INSERT INTO mail_outbox (recipient, subject, text_body, html_body, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, 0, ?)")
                .params(recipient, mail.subject(), mail.text(), mail.html(), SqlTime.of(at), SqlTime.of(at)).update();
    }

    List<Mail> due(Instant now, int limit) {
        return jdbc.sql("SELECT id, recipient, subject, text_body, html_body, attempts, next_attempt_at FROM mail_outbox "
                        + "WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY")
                .param(SqlTime.of(now))
                .query((rs, n) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant())).list();
    }

    /** Takes a mail for sending; false when another sender took it first. */
    boolean claim(Mail mail, Instant now) {
        return jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND next_attempt_at = ?")
                .params(SqlTime.of(now.plus(CLAIM)), mail.id(), SqlTime.of(mail.nextAttemptAt())).update() == 1;
    }

    void sent(long id, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, next_attempt_at = NULL, last_error = NULL WHERE id = ?")
                .params(SqlTime.of(at), id).update();
    }

    /** Records a failed attempt; {@code retryAt} null gives the mail up. */
    void failed(long id, String error, @org.jspecify.annotations.Nullable Instant retryAt) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(SqlTime.ofNullable(retryAt), error.length() > 600 ? error.substring(0, 600) : error, id).update();
    }
}
