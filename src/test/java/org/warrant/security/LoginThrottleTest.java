package org.warrant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.warrant.accounts.DemoAccounts;
import org.warrant.accounts.PasswordReset;
import org.warrant.testing.WarrantTest;

/**
 * Sign-in throttling (decision 0009): a guesser is stopped per account and client, a sprayer per client, a
 * spread-out attack by a daily ceiling per account; the owner signing in from elsewhere is not locked out.
 * Clients are made-up addresses new to each run (the test database outlives runs).
 */
@WarrantTest
class LoginThrottleTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired LoginThrottle throttle;
    @Autowired SignInFailures failures;
    @Autowired ApplicationEventPublisher events;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String guesser = "guesser-" + run;
    private final String owner = "owner-" + run;

    @AfterEach
    void forget() {
        throttle.succeeded("student3", guesser);
        failures.clear("student3");
        failures.clear("student2");
    }

    private void attempt(String username, String password, String client) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        signIn.authenticate(token);
    }

    @Test
    void five_wrong_passwords_from_one_client_pause_that_client_for_that_account_but_not_the_owner_elsewhere() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt("student3", "guess", guesser)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("student3", DemoAccounts.PASSWORD, guesser))
                .isInstanceOf(LockedException.class).hasMessageContaining("for this account. Try again in 15 minutes");
        assertThatThrownBy(() -> attempt("Student3 ", DemoAccounts.PASSWORD, guesser)).isInstanceOf(LockedException.class);
        attempt("student3", DemoAccounts.PASSWORD, owner);
        attempt("student2", DemoAccounts.PASSWORD, guesser);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_clears_the_count() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> attempt("student3", "guess", guesser)).isInstanceOf(BadCredentialsException.class);
        }
        attempt("student3", DemoAccounts.PASSWORD, guesser);
        assertThatThrownBy(() -> attempt("student3", "guess", guesser)).isInstanceOf(BadCredentialsException.class);
        attempt("student3", DemoAccounts.PASSWORD, guesser);
    }

    @Test
    void one_password_sprayed_over_thirty_accounts_from_one_client_is_checked_twenty_times_then_refused() {
        int checked = 0;
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            String username = "sprayed" + i + "-" + run;
            try {
                attempt(username, "Winter2026!", guesser);
            } catch (BadCredentialsException wrong) {
                checked++;
            } catch (LockedException stopped) {
                assertThat(stopped).hasMessageContaining("from your network");
                refused++;
            }
        }
        assertThat(checked).isEqualTo(LoginThrottle.MAX_CLIENT_FAILURES);
        assertThat(refused).isEqualTo(30 - LoginThrottle.MAX_CLIENT_FAILURES);
        assertThatThrownBy(() -> attempt("student2", DemoAccounts.PASSWORD, guesser)).isInstanceOf(LockedException.class);
        attempt("student2", DemoAccounts.PASSWORD, owner);
    }

    @Test
    void guesses_spread_over_many_clients_meet_the_daily_ceiling_which_a_password_reset_lifts() {
        for (int i = 0; i < LoginThrottle.MAX_ACCOUNT_FAILURES; i++) {
            String client = "botnet-" + i + "-" + run;
            assertThatThrownBy(() -> attempt("student3", "guess", client)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("student3", DemoAccounts.PASSWORD, owner))
                .isInstanceOf(LockedException.class).hasMessageContaining("ask an admin to reset its password");
        events.publishEvent(new PasswordReset("student3"));
        attempt("student3", DemoAccounts.PASSWORD, owner);
    }

    @Test
    void the_pause_ends_when_the_oldest_failure_leaves_the_window() {
        MutableClock clock = new MutableClock();
        LoginThrottle own = new LoginThrottle(failures, clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        String someone = "someone-" + run;
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            own.failed(someone, guesser);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(own.refusal(someone, guesser)).hasValueSatisfying(m -> assertThat(m).contains("Try again in 10 minutes"));
        assertThat(own.refusal(someone + "-else", guesser)).isEmpty();
        assertThat(own.refusal(someone, owner)).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(own.refusal(someone, guesser)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        // whole seconds: the database keeps microseconds, rounded, and the window's edge must not move with them
        private Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
