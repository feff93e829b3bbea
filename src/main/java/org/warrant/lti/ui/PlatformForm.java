package org.warrant.lti.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.warrant.lti.Platform;
import org.warrant.lti.PlatformDraft;

/** A platform's registration: what the LMS shows when Warrant is added to it. */
class PlatformForm extends Div {

    final TextField name = field("lti.admin.name", "lti.admin.name-help");
    final TextField issuer = field("lti.admin.issuer", "lti.admin.issuer-help");
    final TextField clientId = field("lti.admin.client-id", "lti.admin.client-id-help");
    final TextArea deployments = new TextArea(t("lti.admin.deployments"));
    final TextField authUrl = field("lti.admin.auth-url", "lti.admin.auth-url-help");
    final TextField tokenUrl = field("lti.admin.token-url", "lti.admin.token-url-help");
    final TextField jwksUrl = field("lti.admin.platform-jwks-url", "lti.admin.platform-jwks-url-help");
    final Button save = new Button(t("lti.admin.save"));
    final Button remove = new Button(t("lti.admin.remove"));

    PlatformForm(@Nullable Platform p) {
        addClassName("platform-form");
        deployments.setHelperText(t("lti.admin.deployments-help"));
        deployments.setWidthFull();
        deployments.getElement().setAttribute("dir", "ltr");
        if (p != null) {
            name.setValue(p.name());
            issuer.setValue(p.issuer());
            clientId.setValue(p.clientId());
            deployments.setValue(String.join("\n", p.deploymentIds()));
            authUrl.setValue(p.authLoginUrl());
            tokenUrl.setValue(p.tokenUrl());
            jwksUrl.setValue(p.jwksUrl());
        }
        name.getElement().setAttribute("dir", "auto");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, remove);
        actions.addClassName("inline-form");
        add(name, issuer, clientId, deployments, authUrl, tokenUrl, jwksUrl, actions);
    }

    PlatformDraft draft() {
        return new PlatformDraft(name.getValue(), issuer.getValue(), clientId.getValue(), deployments.getValue(), authUrl.getValue(),
                tokenUrl.getValue(), jwksUrl.getValue());
    }

    private static TextField field(String label, String help) {
        TextField f = new TextField(t(label));
        f.setHelperText(t(help));
        f.setWidthFull();
        f.getElement().setAttribute("dir", "ltr"); // addresses and ids read left to right in either language
        return f;
    }
}
