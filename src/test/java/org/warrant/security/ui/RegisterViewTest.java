package org.warrant.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.Role;
import org.warrant.seminars.SeminarService;
import org.warrant.testing.WarrantTest;

/** Registering with a join code, as a visitor who is not signed in. */
@WarrantTest
@WithAnonymousUser
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired SeminarService seminars;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String joinCode() {
        var anonymous = SecurityContextHolder.getContext().getAuthentication();
        as("instructor", Role.INSTRUCTOR);
        long id = seminars.create("Register seminar", "Spring");
        String code = seminars.open(id).joinCode();
        SecurityContextHolder.getContext().setAuthentication(anonymous);
        return code;
    }

    @Test
    void a_visitor_registers_with_the_code_from_the_join_link_and_is_sent_to_sign_in() {
        String code = joinCode();
        String username = "reg" + Long.toString(System.nanoTime(), 36);
        UI.getCurrent().navigate("register", QueryParameters.of("code", code)); // as the seminar's join link forwards
        RegisterView view = (RegisterView) getCurrentView();
        assertThat(view.code.getValue()).isEqualTo(code);
        test(view.name).setValue("Rana Registered");
        test(view.username).setValue(username);
        test(view.password).setValue("a long enough passphrase");
        test(view.repeat).setValue("a long enough passphrase");
        test(view.register).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(((LoginView) getCurrentView()).registered.isVisible()).isTrue();
        assertThat(accounts.roleOf(username)).contains(Role.STUDENT);
    }

    @Test
    void differing_passwords_or_a_wrong_code_are_said_and_nothing_is_made() {
        String username = "reg" + Long.toString(System.nanoTime(), 36);
        RegisterView view = navigate(RegisterView.class);
        test(view.code).setValue("WRONG234");
        test(view.username).setValue(username);
        test(view.password).setValue("a long enough passphrase");
        test(view.repeat).setValue("a different passphrase");
        test(view.register).click();
        assertThat(view.error.getText()).contains("differ");
        test(view.repeat).setValue("a long enough passphrase");
        test(view.register).click();
        assertThat(view.error.getText()).contains("No seminar has the code");
        assertThat(accounts.roleOf(username)).isEmpty();
    }

    @Test
    void in_persian_the_form_and_the_services_refusals_are_persian() {
        UI.getCurrent().setLocale(org.warrant.ui.Translations.PERSIAN);
        RegisterView view = navigate(RegisterView.class);
        assertThat(view.register.getText()).isEqualTo("نام‌نویسی");
        test(view.code).setValue("WRONG234");
        test(view.username).setValue("Not Valid!");
        test(view.password).setValue("a long enough passphrase");
        test(view.repeat).setValue("a long enough passphrase");
        test(view.register).click();
        assertThat(view.error.getText()).as("the service's reason, in the user's language")
                .isEqualTo("هیچ سمیناری کد «\u2068WRONG234\u2069» را ندارد. آن را با استادتان بررسی کنید.");
    }
}
