package org.warrant.accounts;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: an admin, one instructor and three students, all with the same published password. */
@Component
@Profile("demo")
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo-password";

    public record DemoAccount(String username, String displayName, Role role) {
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Site Admin", Role.ADMIN),
            new DemoAccount("instructor", "Dr. Leyla Karimova", Role.INSTRUCTOR),
            new DemoAccount("student1", "Arash Tehrani", Role.STUDENT),
            new DemoAccount("student2", "Nigar Aliyeva", Role.STUDENT),
            new DemoAccount("student3", "Sam Okafor", Role.STUDENT));

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        ALL.forEach(a -> accounts.createIfAbsent(a.username(), a.displayName(), PASSWORD, a.role()));
    }
}
