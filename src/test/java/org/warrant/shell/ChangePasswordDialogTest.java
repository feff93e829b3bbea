package org.warrant.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.DemoAccounts;
import org.warrant.accounts.Role;
import org.warrant.testing.WarrantTest;

/** The "Password" button of the top bar: mismatches and refusals shown at their field, success signs in. */
@WarrantTest
@WithMockUser(username = "dialog-changer", roles = "STUDENT")
class ChangePasswordDialogTest extends SpringBrowserlessTest {

    private static final String NEW = "reading the sources closely";

    @Autowired AccountService accounts;
    @Autowired AuthenticationProvider signIn;

    private ChangePasswordDialog open() {
        accounts.createIfAbsent("dialog-changer", "Sam Dialog", DemoAccounts.PASSWORD, Role.STUDENT);
        navigate("maps", Component.class);
        test($(Button.class).withText("Password").single()).click();
        return $(ChangePasswordDialog.class).single();
    }

    private void submit(ChangePasswordDialog dialog, String current, String next, String repeat) {
        test(dialog.current).setValue(current);
        test(dialog.next).setValue(next);
        test(dialog.repeat).setValue(repeat);
        test(dialog.save).click();
    }

    @Test
    void refusals_are_shown_at_the_field_they_concern() {
        ChangePasswordDialog dialog = open();
        submit(dialog, DemoAccounts.PASSWORD, NEW, NEW + "!");
        assertThat(dialog.repeat.isInvalid()).isTrue();
        submit(dialog, "not-mine", NEW, NEW);
        assertThat(dialog.current.isInvalid()).isTrue();
        assertThat(dialog.current.getErrorMessage()).contains("current password is not right");
        submit(dialog, DemoAccounts.PASSWORD, "password1", "password1");
        assertThat(dialog.next.isInvalid()).isTrue();
        assertThat(dialog.next.getErrorMessage()).contains("most common");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_changed_password_signs_in_and_the_old_one_no_longer_does() {
        ChangePasswordDialog dialog = open();
        submit(dialog, DemoAccounts.PASSWORD, NEW, NEW);
        assertThat(dialog.isOpened()).isFalse();
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dialog-changer", NEW));
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dialog-changer", DemoAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        accounts.changePassword(NEW, DemoAccounts.PASSWORD); // as it was, so the test can run again on this database
    }
}
