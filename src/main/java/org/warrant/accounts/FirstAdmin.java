package org.warrant.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production mode: creates the first admin from {@code warrant.admin.username} / {@code warrant.admin.password}
 * (environment variables WARRANT_ADMIN_USERNAME / WARRANT_ADMIN_PASSWORD). Without them, and with no account
 * yet, nobody could sign in, so start-up stops and says what to set.
 */
@Component
@Profile("prod")
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${warrant.admin.username:}") String username,
               @Value("${warrant.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.isBlank()) {
            if (!accounts.createIfAbsent(username, username, password, Role.ADMIN)) {
                log.info("Admin account '{}' already exists; its password was left unchanged", username);
            }
        } else if (accounts.count() == 0) {
            throw new IllegalStateException("Warrant has no accounts yet. Start it once with WARRANT_ADMIN_USERNAME and "
                    + "WARRANT_ADMIN_PASSWORD set (or --warrant.admin.username=... --warrant.admin.password=...) "
                    + "to create the first admin.");
        }
    }
}
