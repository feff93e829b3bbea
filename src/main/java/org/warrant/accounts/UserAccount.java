package org.warrant.accounts;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.warrant.shared.Refused;

@Table("app_user")
public record UserAccount(@Id @Nullable Long id, String username, String displayName, String passwordHash, Role role,
                          Instant createdAt) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** The username, if it is one Warrant accepts; otherwise a message saying what a username is. */
    static String validUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused("account.username-rules", name);
        }
        return name;
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, displayName, hash, role, createdAt);
    }

    UserAccount withRole(Role newRole) {
        return new UserAccount(id, username, displayName, passwordHash, newRole, createdAt);
    }
}
