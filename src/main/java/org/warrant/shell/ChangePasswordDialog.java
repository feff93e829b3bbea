package org.warrant.shell;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.PasswordRejectedException;
import org.warrant.ui.Text;

/** A signed-in user changes their own password: the current one, then the new one twice. */
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField(t("password.current"));
    final PasswordField next = new PasswordField(t("password.new"));
    final PasswordField repeat = new PasswordField(t("password.new-again"));
    final Button save = new Button(t("password.change"));

    public ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle(t("shell.change-password"));
        next.setHelperText(t("password.rules"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
        }
        VerticalLayout fields = new VerticalLayout(current, next, repeat,
                new Paragraph(t("password.phrase-tip")));
        fields.setPadding(false);
        add(fields);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(accounts));
        Button cancel = new Button(t("common.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(t("password.new-differ"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(current.getValue(), next.getValue());
            close();
            Notification.show(t("password.changed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PasswordRejectedException refused) {
            PasswordField field = refused.which() == PasswordRejectedException.Which.CURRENT ? current : next;
            field.setErrorMessage(Text.problem(refused));
            field.setInvalid(true);
        }
    }
}
