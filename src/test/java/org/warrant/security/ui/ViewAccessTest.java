package org.warrant.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import org.warrant.testing.WarrantTest;

@WarrantTest
class ViewAccessTest extends SpringBrowserlessTest {

    private String currentViewName() {
        return getCurrentView().getClass().getSimpleName();
    }

    private void tryToNavigate(String location) {
        try {
            navigate(location, Component.class);
        } catch (RuntimeException refused) {
            // navigate() complains when navigation ends elsewhere than asked; the view that was shown is checked below
        }
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_lands_on_the_login_view() {
        tryToNavigate("articles");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "student1", roles = "STUDENT")
    void an_open_tab_does_not_keep_an_idle_session_alive() {
        navigate("maps", Component.class);
        assertThat(com.vaadin.flow.server.VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    /** Where Spring Security sends a failed sign-in: the login view with "?error". */
    private LoginView loginAfterError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return (LoginView) getCurrentView();
    }

    @Test
    @WithAnonymousUser
    void a_paused_sign_in_says_why_and_for_how_long() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("Too many wrong passwords for this account. Try again in 12 minutes."));
        LoginView login = loginAfterError();
        assertThat(login.form.isError()).isTrue();
        assertThat(login.i18n.getErrorMessage().getTitle()).isEqualTo("Sign-in paused");
        assertThat(login.i18n.getErrorMessage().getMessage()).contains("Try again in 12 minutes");
    }

    @Test
    @WithAnonymousUser
    void a_wrong_password_says_so() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("Bad credentials"));
        LoginView login = loginAfterError();
        assertThat(login.form.isError()).isTrue();
        assertThat(login.i18n.getErrorMessage().getTitle()).isEqualTo("Wrong username or password");
    }

    @Test
    @WithAnonymousUser
    void the_login_view_lists_the_demo_accounts_in_demo_mode() {
        LoginView login = navigate(LoginView.class);
        assertThat($(Span.class).from(login).withClassName("demo-account").all()).hasSize(5);
        assertThat(login.getElement().getTextRecursively()).contains("demo-password");
    }

    @Test
    @WithMockUser(username = "student1", roles = "STUDENT")
    void a_student_cannot_open_the_import_view() {
        tryToNavigate("articles/import");
        assertThat(currentViewName()).isNotEqualTo("ImportView");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_can_open_the_import_view() {
        tryToNavigate("articles/import");
        assertThat(currentViewName()).isEqualTo("ImportView");
    }
}
