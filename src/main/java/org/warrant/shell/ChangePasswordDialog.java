package org.warrant.shell;

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

/** A signed-in user changes their own password: the current one, then the new one twice. */
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Change password");

    public ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle("Change your password");
        next.setHelperText("At least 8 characters, and not one of the most common passwords.");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
        }
        VerticalLayout fields = new VerticalLayout(current, next, repeat,
                new Paragraph("A longer phrase is easier to remember and harder to guess than a short word."));
        fields.setPadding(false);
        add(fields);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(accounts));
        Button cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(current.getValue(), next.getValue());
            close();
            Notification.show("Your password is changed.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PasswordRejectedException refused) {
            PasswordField field = refused.which() == PasswordRejectedException.Which.CURRENT ? current : next;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}
