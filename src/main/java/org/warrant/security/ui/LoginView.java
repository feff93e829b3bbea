package org.warrant.security.ui;

import static org.warrant.ui.Text.t;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.warrant.accounts.DemoAccounts;
import org.warrant.ui.LanguageMenu;
import com.vaadin.flow.router.HasDynamicTitle;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@JsModule("./components/a11y-fixes.js") // the sign-in page has no main layout to load it
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle { // public: SecurityConfig names it

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    final Paragraph registered = new Paragraph(t("login.registered"));

    public LoginView(Environment environment) {
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // the page's one landmark: it has no header or menu
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Warrant");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(t("login.tagline"));
        tagline.addClassName("login-tagline");

        i18n.getForm().setTitle(t("login.sign-in"));
        i18n.getForm().setSubmit(t("login.sign-in"));
        i18n.getForm().setUsername(t("login.username"));
        i18n.getForm().setPassword(t("login.password"));
        i18n.getErrorMessage().setTitle(t("login.wrong-title"));
        i18n.getErrorMessage().setMessage(t("login.wrong-message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        registered.addClassName("success-box");
        registered.setVisible(false);
        Div card = new Div(new LanguageMenu(l -> { }), brand, tagline, registered, form,
                new Paragraph(new Anchor("register", t("login.register-link"))));
        card.addClassName("login-card");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            card.add(demoAccounts());
        }
        add(card);
    }

    private Div demoAccounts() {
        Div box = new Div(new H2(t("login.demo-accounts")));
        box.addClassName("demo-accounts");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Span line = new Span();
            line.add(new Span(account.username()), new Span(t("role." + account.role().name())));
            line.addClassName("demo-account");
            box.add(line);
        }
        box.add(new Paragraph(t("login.demo-password", DemoAccounts.PASSWORD)));
        return box;
    }

    @Override
    public String getPageTitle() {
        return t("login.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        registered.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("registered"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring Security keeps the reason of the last failed sign-in in the session.
            Object reason = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (reason instanceof LockedException throttled) {
                i18n.getErrorMessage().setTitle(t("login.paused"));
                i18n.getErrorMessage().setMessage(throttled.getMessage());
            } else {
                i18n.getErrorMessage().setTitle(t("login.wrong-title"));
                i18n.getErrorMessage().setMessage(t("login.wrong-message"));
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
