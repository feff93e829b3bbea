package org.warrant.accounts;

/** Published when an admin gives an account a new temporary password. */
public record PasswordReset(String username) {
}
