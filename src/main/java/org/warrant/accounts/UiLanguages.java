package org.warrant.accounts;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores each user's chosen interface language (a BCP 47 tag); no row means the browser's language. */
@Component
class UiLanguages {

    private final JdbcClient jdbc;

    UiLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(String username) {
        return jdbc.sql("SELECT ui_language FROM user_preference WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** Update, then insert if there was nothing to update: the same SQL on H2 and PostgreSQL. */
    void set(String username, String tag) {
        int updated = jdbc.sql("UPDATE user_preference SET ui_language = ? WHERE username = ?").params(tag, username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_preference (username, ui_language) VALUES (?, ?)").params(username, tag).update();
        }
    }
}
