package org.warrant.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and looks them up for sign-in. Account management views arrive with the seminars
 * feature; until then accounts are created at start-up (demo accounts, or the configured first admin).
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates an account unless one with that username exists; returns whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Role role) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 2 to 64 lower-case letters, digits, '.', '_' or '-': " + username);
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (accounts.existsByUsername(username)) {
            return false;
        }
        accounts.save(new UserAccount(null, username, displayName, passwordEncoder.encode(rawPassword), role, clock.instant()));
        log.info("Created {} account '{}'", role, username);
        return true;
    }

    /** For sign-in only: the account with its password hash. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findForSignIn(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return accounts.findByUsername(username).map(UserAccount::displayName);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
