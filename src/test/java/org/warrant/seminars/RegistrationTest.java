package org.warrant.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.PasswordRejectedException;
import org.warrant.accounts.Role;
import org.warrant.testing.WarrantTest;

/** Students register themselves with their seminar's join code, and are in the seminar when they sign in. */
@WarrantTest(profiles = "test")
class RegistrationTest {

    @Autowired AccountService accounts;
    @Autowired SeminarService seminars;
    private String code;
    private long seminarId;
    private final String newcomer = "new" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void aSeminar() {
        as("instructor", Role.INSTRUCTOR);
        seminarId = seminars.create("Registration seminar", "Spring");
        code = seminars.open(seminarId).joinCode();
        signOut();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_newcomer_with_the_join_code_gets_a_student_account_in_the_seminar() {
        accounts.register(" " + code.toLowerCase() + " ", newcomer, "Nia Newcomer", "a long enough passphrase");

        assertThat(accounts.roleOf(newcomer)).contains(Role.STUDENT);
        assertThat(accounts.displayName(newcomer)).contains("Nia Newcomer");
        as(newcomer, Role.STUDENT);
        assertThat(seminars.mine()).extracting(Seminar.Summary::id).containsExactly(seminarId);
    }

    @Test
    void a_wrong_code_a_weak_password_or_a_taken_name_creates_nothing() {
        assertThatThrownBy(() -> accounts.register("NOSUCH99", newcomer, "Nia", "a long enough passphrase"))
                .hasMessageContaining("No seminar has the code");
        assertThatThrownBy(() -> accounts.register(code, newcomer, "Nia", "password"))
                .isInstanceOf(PasswordRejectedException.class);
        assertThatThrownBy(() -> accounts.register(code, "student1", "Nia", "a long enough passphrase"))
                .hasMessageContaining("taken");
        assertThat(accounts.roleOf(newcomer)).isEmpty();
    }

    @Test
    void signed_in_users_do_not_register_accounts() {
        as("student2", Role.STUDENT);
        assertThatThrownBy(() -> accounts.register(code, newcomer, "Nia", "a long enough passphrase"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
