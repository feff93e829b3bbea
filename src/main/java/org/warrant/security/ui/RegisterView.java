package org.warrant.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.PasswordRejectedException;
import org.warrant.ui.Notice;

/** A student without an account registers with the join code of their seminar, then signs in. */
@Route(value = "register", autoLayout = false)
@PageTitle("Register · Warrant")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Seminar join code");
    final TextField name = new TextField("Your name");
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Button register = new Button("Register");
    final Notice error = new Notice();
    private final AccountService accounts;

    public RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        code.setHelperText("From your instructor: 8 letters and digits");
        name.setMaxLength(120);
        username.setHelperText("Lower case letters, digits, . _ -; you sign in with it");
        password.setHelperText("At least 8 characters, not a common password");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());
        FormLayout form = new FormLayout(error, code, name, username, password, repeat, register);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H1 brand = new H1("Warrant");
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph("Register as a student of your seminar."), form,
                new Paragraph(new Anchor("login", "Have an account? Sign in")));
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    private void register() {
        if (!password.getValue().equals(repeat.getValue())) {
            error.problem("The two passwords differ; type the same one twice.");
            return;
        }
        try {
            accounts.register(code.getValue(), username.getValue(), name.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
        } catch (IllegalArgumentException | PasswordRejectedException e) {
            error.problem(e.getMessage());
        }
    }
}
