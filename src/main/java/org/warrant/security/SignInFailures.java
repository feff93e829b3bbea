package org.warrant.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** The failed sign-ins of the last day, in the database every instance shares (table {@code sign_in_failure}). */
@Component
class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String username, String client, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (username, client, at) VALUES (?, ?, ?)").params(username, client, SqlTime.of(at)).update();
    }

    /** How many failures, and the oldest of them, since a time: for one account from one client. */
    Window forAccountFrom(String username, String client, Instant since) {
        return window("username = ? AND client = ?", since, username, client);
    }

    Window fromClient(String client, Instant since) {
        return window("client = ?", since, client);
    }

    Window forAccount(String username, Instant since) {
        return window("username = ?", since, username);
    }

    void clear(String username, String client) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = ? AND client = ?").params(username, client).update();
    }

    void clear(String username) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = ?").param(username).update();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM sign_in_failure WHERE at < ?").param(SqlTime.of(before)).update();
    }

    /** A count of failures and when the oldest of them happened (empty when there are none). */
    record Window(int count, Optional<Instant> oldest) {
    }

    private Window window(String where, Instant since, Object... keys) {
        Object[] params = new Object[keys.length + 1];
        System.arraycopy(keys, 0, params, 0, keys.length);
        params[keys.length] = SqlTime.of(since);
        return jdbc.sql("SELECT COUNT(*), MIN(at) FROM sign_in_failure WHERE " + where + " AND at > ?").params(params)
                .query((rs, n) -> new Window(rs.getInt(1),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .single();
    }
}
