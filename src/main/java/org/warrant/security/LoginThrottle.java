package org.warrant.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.accounts.PasswordReset;

/**
 * Slows down password guessing without handing a guesser the means to lock an owner out (decision 0009):
 * <ul>
 * <li>{@value #MAX_FAILURES} wrong passwords for an account from one client within {@link #WINDOW} refuse that
 * client for that account; the owner signs in from anywhere else;</li>
 * <li>{@value #MAX_CLIENT_FAILURES} wrong passwords from one client, for any accounts, within the window refuse
 * that client altogether (one password tried on many accounts);</li>
 * <li>{@value #MAX_ACCOUNT_FAILURES} wrong passwords for an account from all clients within {@link #DAY} refuse
 * it everywhere until the day has passed or an admin resets the password (a slow, spread-out attack).</li>
 * </ul>
 * A refused attempt is answered before its password is checked and counts nothing. Counts are kept in the
 * database, shared by every instance; usernames are counted ignoring case, known or not, so answers reveal
 * nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final int MAX_CLIENT_FAILURES = 20;
    public static final int MAX_ACCOUNT_FAILURES = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration DAY = Duration.ofDays(1);
    /** The client of a check made outside any web request: no one address, so no limit per client. */
    public static final String UNKNOWN_CLIENT = "unknown";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final SignInFailures failures;
    private final Clock clock;
    private final Counter failuresSeen;

    LoginThrottle(SignInFailures failures, Clock clock, MeterRegistry metrics) {
        this.failures = failures;
        this.clock = clock;
        this.failuresSeen = Counter.builder("warrant.signin.failures").description("Wrong passwords given on this instance")
                .register(metrics);
    }

    /** Why this client may not try this account now, in words for the sign-in form; empty when it may. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(String username, String client) {
        String account = key(username);
        Instant now = clock.instant();
        if (!client.equals(UNKNOWN_CLIENT)) {
            SignInFailures.Window fromClient = failures.fromClient(client, now.minus(WINDOW));
            if (fromClient.count() >= MAX_CLIENT_FAILURES) {
                log.warn("Sign-in refused for '{}' from {}: {} failed attempts from there within {} minutes", account, client,
                        fromClient.count(), WINDOW.toMinutes());
                return Optional.of("Too many wrong passwords from your network. Try again in " + minutes(fromClient, WINDOW, now) + ".");
            }
        }
        SignInFailures.Window mine = failures.forAccountFrom(account, client, now.minus(WINDOW));
        if (mine.count() >= MAX_FAILURES) {
            log.warn("Sign-in refused for '{}' from {}: {} failed attempts within {} minutes", account, client, mine.count(), WINDOW.toMinutes());
            return Optional.of("Too many wrong passwords for this account. Try again in " + minutes(mine, WINDOW, now) + ".");
        }
        SignInFailures.Window everywhere = failures.forAccount(account, now.minus(DAY));
        if (everywhere.count() >= MAX_ACCOUNT_FAILURES) {
            log.warn("Sign-in refused for '{}': {} failed attempts from all clients within a day", account, everywhere.count());
            return Optional.of("This account has met too many wrong passwords today. Try again in " + minutes(everywhere, DAY, now)
                    + ", or ask an admin to reset its password.");
        }
        return Optional.empty();
    }

    /** Counts a wrong password; its own transaction, since the failed sign-in's is rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String client) {
        failures.add(key(username), client, clock.instant());
        failuresSeen.increment();
        log.warn("Failed sign-in for '{}' from {}", key(username), client);
    }

    /** A right password clears this client's count for the account. */
    @Transactional
    public void succeeded(String username, String client) {
        failures.clear(key(username), client);
    }

    /** An admin's new temporary password ends every pause of the account: its owner signs in with it at once. */
    @EventListener
    @Transactional
    void passwordReset(PasswordReset reset) {
        failures.clear(key(reset.username()));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void forgetOldFailures() {
        failures.deleteBefore(clock.instant().minus(DAY));
    }

    /** "3 minutes": until the oldest failure of the window leaves it, rounded up. */
    private static String minutes(SignInFailures.Window window, Duration length, Instant now) {
        long seconds = Duration.between(now, window.oldest().orElse(now).plus(length)).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
