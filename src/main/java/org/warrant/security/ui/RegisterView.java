package org.warrant.security.ui;

import static org.warrant.ui.Text.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warrant.accounts.AccountService;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/** A student without an account registers with the join code of their seminar, then signs in. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField(t("register.code"));
    final TextField name = new TextField(t("register.name"));
    final TextField username = new TextField(t("register.username"));
    final PasswordField password = new PasswordField(t("register.password"));
    final PasswordField repeat = new PasswordField(t("register.password-again"));
    final Button register = new Button(t("register.register"));
    final Notice error = new Notice();
    private final AccountService accounts;

    public RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        code.setHelperText(t("register.code-help"));
        name.setMaxLength(120);
        username.setHelperText(t("register.username-help"));
        password.setHelperText(t("register.password-help"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());
        FormLayout form = new FormLayout(error, code, name, username, password, repeat, register);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H1 brand = new H1("Warrant");
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph(t("register.intro")), form,
                new Paragraph(new Anchor("login", t("register.have-account"))));
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return t("register.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    private void register() {
        if (!password.getValue().equals(repeat.getValue())) {
            error.problem(t("register.passwords-differ"));
            return;
        }
        try {
            accounts.register(code.getValue(), username.getValue(), name.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
        } catch (IllegalArgumentException e) { // a refused password too (PasswordRejectedException)
            error.problem(Text.problem(e));
        }
    }
}
