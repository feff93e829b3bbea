package org.warrant.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.warrant.accounts.DemoAccounts;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Warrant")
@AnonymousAllowed
@JsModule("./components/a11y-fixes.js") // the sign-in page has no main layout to load it
public class LoginView extends VerticalLayout implements BeforeEnterObserver { // public: SecurityConfig names it

    private static final String WRONG_TITLE = "Wrong username or password";
    private static final String WRONG_MESSAGE = "Check both and try again. Usernames are lower case.";

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    final Paragraph registered = new Paragraph("Your account is ready and you are in your seminar: sign in.");

    public LoginView(Environment environment) {
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // the page's one landmark: it has no header or menu
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Warrant");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Argument maps anchored to what the sources actually say.");
        tagline.addClassName("login-tagline");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(WRONG_TITLE);
        i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        registered.addClassName("success-box");
        registered.setVisible(false);
        Div card = new Div(brand, tagline, registered, form,
                new Paragraph(new Anchor("register", "New student? Register with your seminar's join code")));
        card.addClassName("login-card");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            card.add(demoAccounts());
        }
        add(card);
    }

    private Div demoAccounts() {
        Div box = new Div(new H2("Demo accounts"));
        box.addClassName("demo-accounts");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Span line = new Span();
            line.add(new Span(account.username()), new Span(account.role().name().toLowerCase()));
            line.addClassName("demo-account");
            box.add(line);
        }
        box.add(new Paragraph("Password for all: " + DemoAccounts.PASSWORD));
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        registered.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("registered"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring Security keeps the reason of the last failed sign-in in the session.
            Object reason = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (reason instanceof LockedException throttled) {
                i18n.getErrorMessage().setTitle("Sign-in paused");
                i18n.getErrorMessage().setMessage(throttled.getMessage());
            } else {
                i18n.getErrorMessage().setTitle(WRONG_TITLE);
                i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
