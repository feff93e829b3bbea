package org.warrant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.warrant.accounts.DemoAccounts;
import org.warrant.testing.WarrantTest;

/** Five wrong passwords for one account in fifteen minutes pause its sign-in; nobody else's. */
@WarrantTest
class LoginThrottleTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired LoginThrottle throttle;

    @AfterEach
    void forget() {
        throttle.succeeded("student3");
    }

    private void attempt(String username, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void five_wrong_passwords_pause_that_account_even_for_the_right_password_and_no_other() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt("student3", "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("student3", DemoAccounts.PASSWORD))
                .isInstanceOf(LockedException.class).hasMessageContaining("Try again in 15 minutes");
        assertThatThrownBy(() -> attempt("Student3 ", DemoAccounts.PASSWORD)).isInstanceOf(LockedException.class);
        attempt("student2", DemoAccounts.PASSWORD);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_clears_the_count() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> attempt("student3", "guess")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("student3", DemoAccounts.PASSWORD);
        assertThatThrownBy(() -> attempt("student3", "guess")).isInstanceOf(BadCredentialsException.class);
        attempt("student3", DemoAccounts.PASSWORD);
    }

    @Test
    void the_pause_ends_when_the_oldest_failure_leaves_the_window() {
        MutableClock clock = new MutableClock();
        LoginThrottle own = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            own.failed("someone");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(own.refuses("someone")).isTrue();
        assertThat(own.minutesRefused("someone")).isEqualTo(10); // the first failure was five minutes ago
        assertThat(own.refuses("someone-else")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(own.refuses("someone")).isFalse();
        assertThat(own.minutesRefused("someone")).isZero();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
