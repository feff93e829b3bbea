package org.warrant.accounts;

import java.util.Optional;

/**
 * What changing a password asks of sign-in throttling, which the security feature answers: the current
 * password a password change checks is a guess like any sign-in's, so a session left open on a shared
 * computer can't be used to try out the account's password (decision 0009).
 */
public interface PasswordGuesses {

    /** Why the signed-in user may not try the account's password now; empty when they may. */
    Optional<String> refusal(String username);

    void wrong(String username);

    void right(String username);
}
