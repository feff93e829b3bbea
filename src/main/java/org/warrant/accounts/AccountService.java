package org.warrant.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.warrant.shared.Refused;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people who use them: sign-in look-ups, one's own password, and registration with a seminar's
 * join code. Admins and instructors manage other people's accounts through {@link AccountAdministration}.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordGuesses guesses;
    private final PasswordEncoder passwordEncoder;
    private final RegistrationCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, RegistrationCodes codes,
                   ApplicationEventPublisher events, Clock clock, PasswordGuesses guesses) {
        this.guesses = guesses;
        this.accounts = accounts;
        this.codes = codes;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates an account unless one with that username exists; returns whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Role role) {
        UserAccount.validUsername(username);
        if (rawPassword == null || rawPassword.length() < PasswordPolicy.MIN_LENGTH) {
            throw new Refused("password.too-short", PasswordPolicy.MIN_LENGTH);
        }
        if (accounts.existsByUsername(username)) {
            return false;
        }
        accounts.save(new UserAccount(null, username, displayName, passwordEncoder.encode(rawPassword), role, clock.instant()));
        log.info("Created {} account '{}'", role, username);
        return true;
    }

    /**
     * A newcomer registers a student account with a seminar's join code (and so joins the seminar). Only
     * signed-out visitors register; a wrong code, a taken username or a weak password is refused with the reason.
     */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public void register(String code, String username, String displayName, String password) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!codes.admits(c)) {
            log.warn("Registration as '{}' refused: no seminar has the code '{}'", username, c);
            throw new Refused("seminar.no-code", c);
        }
        String name = UserAccount.validUsername(username == null ? "" : username.strip());
        if (accounts.existsByUsername(name)) {
            throw new Refused("account.username-taken", name);
        }
        PasswordPolicy.problem(name, password).ifPresent(problem -> {
            throw new PasswordRejectedException(PasswordRejectedException.Which.NEW, problem.key(), problem.args());
        });
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > 120) {
            throw new Refused("account.name-length");
        }
        accounts.save(new UserAccount(null, name, shown, passwordEncoder.encode(password), Role.STUDENT, clock.instant()));
        events.publishEvent(new StudentRegistered(name, c));
        log.info("'{}' registered a student account with a seminar code", name);
    }

    /** For sign-in only: the account with its password hash. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findForSignIn(String username) {
        return accounts.findByUsername(username);
    }

    /**
     * Changes the signed-in user's own password, given the current one. Refused (with the reason) when the
     * current password is wrong or the new one breaks the password rules; refusals are logged.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName(); // signed in: see @PreAuthorize
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new PasswordRejectedException(PasswordRejectedException.Which.CURRENT, "account.gone"));
        guesses.refusal(username).ifPresent(why -> {
            throw new PasswordRejectedException(PasswordRejectedException.Which.CURRENT, why);
        });
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            log.warn("Password change for '{}' refused: wrong current password", username);
            guesses.wrong(username);
            throw new PasswordRejectedException(PasswordRejectedException.Which.CURRENT, "account.wrong-current");
        }
        guesses.right(username);
        PasswordPolicy.problem(username, newPassword).ifPresent(problem -> {
            log.info("Password change for '{}' refused: {}", username, problem.message());
            throw new PasswordRejectedException(PasswordRejectedException.Which.NEW, problem.key(), problem.args());
        });
        accounts.save(account.withPasswordHash(passwordEncoder.encode(newPassword)));
        log.info("'{}' changed their password", username);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return accounts.findByUsername(username).map(UserAccount::displayName);
    }

    /** Each username's display name, in one query; a username without an account stands for itself. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            accounts.findByUsernameIn(Set.copyOf(usernames)).forEach(a -> names.put(a.username(), a.displayName()));
        }
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Role> roleOf(String username) {
        return accounts.findByUsername(username).map(UserAccount::role);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
