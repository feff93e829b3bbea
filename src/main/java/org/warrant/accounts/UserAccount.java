package org.warrant.accounts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
public record UserAccount(@Id Long id, String username, String displayName, String passwordHash, Role role,
                          Instant createdAt) {
}
