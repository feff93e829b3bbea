package org.warrant.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.warrant.accounts.PasswordReset;

/**
 * Slows down password guessing per account: after {@value #MAX_FAILURES} failed sign-ins for one username
 * within {@link #WINDOW}, further attempts for that username are refused, even with the right password,
 * until the oldest of those failures is older than the window. Other accounts are unaffected. Failures and
 * refusals are logged. Kept in memory: a restart forgets them, which costs an attacker a restart of the server.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether sign-in for this username is refused for now; logs the refusal. */
    public boolean refuses(String username) {
        if (!failures.containsKey(key(username))) {
            return false;
        }
        Deque<Instant> recent = recent(username);
        synchronized (recent) {
            boolean refused = recent.size() >= MAX_FAILURES;
            if (refused) {
                log.warn("Sign-in refused for '{}': {} failed attempts within {} minutes", key(username), recent.size(), WINDOW.toMinutes());
            }
            return refused;
        }
    }

    /** How many minutes (rounded up) until sign-in for this username is accepted again; 0 if it is now. */
    public long minutesRefused(String username) {
        Deque<Instant> recent = recent(username);
        synchronized (recent) {
            if (recent.size() < MAX_FAILURES) {
                return 0;
            }
            long seconds = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)).toSeconds();
            return Math.max(1, (seconds + 59) / 60);
        }
    }

    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) { // guesses at many usernames must not fill the memory
            failures.keySet().removeIf(k -> recent(k).isEmpty());
        }
        Deque<Instant> recent = recent(username);
        synchronized (recent) {
            recent.addLast(clock.instant());
            log.warn("Failed sign-in for '{}' ({} within {} minutes)", key(username), recent.size(), WINDOW.toMinutes());
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** An admin's new temporary password ends the pause: its owner signs in with it at once. */
    @EventListener
    void passwordReset(PasswordReset reset) {
        succeeded(reset.username());
    }

    /** The failures of the last window, older ones dropped. */
    private Deque<Instant> recent(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        Instant since = clock.instant().minus(WINDOW);
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.removeFirst();
            }
        }
        return recent;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
