package org.warrant.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.testing.WarrantTest;

/** Only admins manage accounts, in the service itself; temporary passwords work at once and only once set. */
@WarrantTest
class AccountAdministrationTest {

    @Autowired AccountAdministration admin;
    @Autowired AuthenticationProvider signIn;

    private void signsIn(String username, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_account_whose_temporary_password_signs_in() {
        String name = "new-student-" + System.nanoTime() % 100_000;
        String temporary = admin.create(name, "New Student", Role.STUDENT);
        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        signsIn(name, temporary);
        assertThat(admin.list()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(name);
            assertThat(a.role()).isEqualTo(Role.STUDENT);
        });
        assertThatThrownBy(() -> admin.create(name, "Again", Role.STUDENT)).hasMessageContaining("already an account");
        assertThatThrownBy(() -> admin.create("Not Valid!", "x", Role.STUDENT)).hasMessageContaining("lower-case");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_reset_password_replaces_the_old_one_at_once() {
        String name = "reset-me-" + System.nanoTime() % 100_000;
        String first = admin.create(name, null, Role.STUDENT);
        String second = admin.resetPassword(name);
        signsIn(name, second);
        assertThatThrownBy(() -> signsIn(name, first)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_reset_password_ends_a_paused_sign_in() {
        String name = "paused-" + System.nanoTime() % 100_000;
        admin.create(name, null, Role.STUDENT);
        for (int i = 0; i < org.warrant.security.LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signsIn(name, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        String temporary = admin.resetPassword(name);
        signsIn(name, temporary);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_changes_roles_but_not_their_own_admin_role() {
        String name = "promote-me-" + System.nanoTime() % 100_000;
        admin.create(name, null, Role.STUDENT);
        admin.changeRole(name, Role.INSTRUCTOR);
        assertThat(admin.list()).filteredOn(a -> a.username().equals(name)).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(Role.INSTRUCTOR));
        assertThatThrownBy(() -> admin.changeRole("admin", Role.STUDENT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_cannot_manage_accounts() {
        assertThatThrownBy(() -> admin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create("sneaky", null, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword("student1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "student1", roles = "STUDENT")
    void a_student_cannot_make_themselves_admin_or_create_accounts() {
        assertThatThrownBy(() -> admin.changeRole("student1", Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createStudent("friend-of-student1", null)).isInstanceOf(AccessDeniedException.class);
    }
}
