package org.warrant.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.warrant.shared.Messages;

/**
 * What a new password must be: at least eight characters, at most 72 bytes (all that BCrypt reads), not the
 * username, and not one of the 1,000 most common passwords (accounts/common-passwords.txt, ignoring case).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why a password can't be used: a text of the message bundles, with what goes into it. */
    record Problem(String key, Object... args) {

        /** In English, as the logs and the tests read it. */
        String message() {
            return Messages.text(Messages.ENGLISH, key, args);
        }
    }

    /** Why this password can't be used, said for the person choosing it; empty when it can. */
    static Optional<Problem> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(new Problem("password.too-short", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Problem("password.too-long", MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username == null ? "" : username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("password.is-username"));
        }
        if (COMMON.contains(lower)) {
            return Optional.of(new Problem("password.common"));
        }
        return Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
