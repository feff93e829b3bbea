package org.warrant.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.warrant.shared.Refused;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.shared.RandomCodes;

/**
 * Accounts managed by admins: list them, create one with a temporary password, change a role, reset a
 * password. Every method is for admins only; an admin cannot take away their own admin role, so there is
 * always someone to manage accounts. Temporary passwords are shown once and never stored in clear.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** An account as the admin view shows it: never the password hash. */
    public record AccountSummary(String username, String displayName, Role role, java.time.Instant createdAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAll().stream().sorted(Comparator.comparing(UserAccount::username))
                .map(a -> new AccountSummary(a.username(), a.displayName(), a.role(), a.createdAt())).toList();
    }

    /** Creates an account and returns its temporary password, to hand to its owner. */
    @Transactional
    public String create(String username, String displayName, Role role) {
        return createAccount(username, displayName, role);
    }

    /** Instructors may create student accounts (for their seminars); returns the temporary password. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public String createStudent(String username, String displayName) {
        return createAccount(username, displayName, Role.STUDENT);
    }

    private String createAccount(String username, String displayName, Role role) {
        String name = UserAccount.validUsername(username);
        if (accounts.existsByUsername(name)) {
            throw new Refused("account.exists", name);
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        String temporary = temporaryPassword();
        accounts.save(new UserAccount(null, name, shown, passwordEncoder.encode(temporary), role, clock.instant()));
        log.info("{} created {} account '{}'", admin(), role, name);
        return temporary;
    }

    @Transactional
    public void changeRole(String username, Role role) {
        UserAccount account = existing(username);
        if (account.username().equals(admin()) && role != Role.ADMIN) {
            throw new AccessDeniedException("You can't take away your own admin role; another admin can.");
        }
        accounts.save(account.withRole(role));
        log.info("{} changed the role of '{}' from {} to {}", admin(), username, account.role(), role);
    }

    /**
     * Gives the account a new temporary password and returns it; the old one stops working at once, and sign-in
     * paused by wrong passwords may start again.
     */
    @Transactional
    public String resetPassword(String username) {
        UserAccount account = existing(username);
        String temporary = temporaryPassword();
        accounts.save(account.withPasswordHash(passwordEncoder.encode(temporary)));
        log.info("{} reset the password of '{}'", admin(), username);
        events.publishEvent(new PasswordReset(account.username())); // a paused sign-in may start again
        return temporary;
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new Refused("account.missing", username));
    }

    private static String admin() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** Twelve random characters in three groups, easy to read out: "k3f9-a2x7-qd8m". */
    static String temporaryPassword() {
        return RandomCodes.grouped(RandomCodes.secret(12, RandomCodes.READABLE), 4, '-');
    }
}
