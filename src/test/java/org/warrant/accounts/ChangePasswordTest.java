package org.warrant.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.testing.WarrantTest;

/** A user changes their own password: the rules, the refusals, and signing in with the new one. */
@WarrantTest
@WithMockUser(username = "changer", roles = "STUDENT")
class ChangePasswordTest {

    @Autowired AccountService accounts;
    @Autowired AuthenticationProvider signIn;
    @Autowired ApplicationEventPublisher events;

    private String freshAccount() {
        accounts.createIfAbsent("changer", "Pat Changer", DemoAccounts.PASSWORD, Role.STUDENT);
        return "changer";
    }

    @Test
    void the_common_password_list_holds_the_top_thousand() {
        // 1,001 entries in the file; "password", "Password" and "PASSWORD" are one once case is ignored
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(999);
        assertThat(PasswordPolicy.problem("pat", "freepass")).isPresent(); // the last line of the list
    }

    @Test
    void short_common_username_and_overlong_passwords_are_refused_with_their_reason() {
        assertThat(PasswordPolicy.problem("pat", "short")).hasValueSatisfying(m -> assertThat(m.message()).contains("at least 8"));
        assertThat(PasswordPolicy.problem("pat", "PassWord1")).hasValueSatisfying(m -> assertThat(m.message()).contains("most common"));
        assertThat(PasswordPolicy.problem("patterson", "Patterson")).hasValueSatisfying(m -> assertThat(m.message()).contains("username"));
        assertThat(PasswordPolicy.problem("pat", "ä".repeat(40))).hasValueSatisfying(m -> assertThat(m.message()).contains("72 bytes"));
        assertThat(PasswordPolicy.problem("pat", "tea at the Caspian shore")).isEmpty();
    }

    @Test
    void a_wrong_current_password_or_a_weak_new_one_changes_nothing() {
        String me = freshAccount();
        assertThatThrownBy(() -> accounts.changePassword("not-mine", "a good long phrase"))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changePassword(DemoAccounts.PASSWORD, "qwerty123"))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("most common");
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(me, DemoAccounts.PASSWORD));
    }

    @Test
    void five_wrong_current_passwords_pause_password_changes_as_they_pause_sign_in() {
        freshAccount();
        events.publishEvent(new PasswordReset("changer")); // no guesses left over from other tests or runs
        try {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> accounts.changePassword("a guess", "a good long phrase"))
                        .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("not right");
            }
            assertThatThrownBy(() -> accounts.changePassword(DemoAccounts.PASSWORD, "a good long phrase"))
                    .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("Too many wrong passwords for this account");
        } finally {
            events.publishEvent(new PasswordReset("changer")); // forgets the guesses
        }
        accounts.changePassword(DemoAccounts.PASSWORD, DemoAccounts.PASSWORD + " again");
        accounts.changePassword(DemoAccounts.PASSWORD + " again", DemoAccounts.PASSWORD);
    }
}
