package org.warrant.lti;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.shared.SqlTime;

/**
 * The state and nonce of each OIDC login Warrant starts, kept in the database (any instance may receive the launch)
 * for ten minutes and taken once: a launch replayed, or one Warrant did not start, finds no state.
 */
@Component
class LoginStates {

    static final Duration VALID = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Started(String state, String nonce) {
    }

    record Taken(long platformId, String nonce) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Started start(long platformId) {
        Started s = new Started(random(), random());
        jdbc.sql("INSERT INTO lti_login_state (state, nonce, platform_id, created_at) VALUES (?, ?, ?, ?)")
                .params(s.state(), s.nonce(), platformId, SqlTime.of(clock.instant())).update();
        return s;
    }

    /**
     * The login this state belongs to, if Warrant started it less than ten minutes ago. Taken in a transaction of its
     * own, so that it is gone even when the launch is then refused: it can't be tried again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Taken> take(String state) {
        Optional<Taken> found = jdbc.sql("SELECT platform_id, nonce, created_at FROM lti_login_state WHERE state = ?").param(state)
                .query((rs, n) -> rs.getObject(3, OffsetDateTime.class).toInstant().isAfter(clock.instant().minus(VALID))
                        ? new Taken(rs.getLong(1), rs.getString(2)) : null).optional();
        boolean mine = jdbc.sql("DELETE FROM lti_login_state WHERE state = ?").param(state).update() == 1; // two racing launches: one wins
        return mine ? found : Optional.empty();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOld() {
        jdbc.sql("DELETE FROM lti_login_state WHERE created_at < ?").param(SqlTime.of(clock.instant().minus(VALID))).update();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
