package org.warrant.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.accounts.AccountAdministration;
import org.warrant.accounts.AccountAdministration.AccountSummary;
import org.warrant.accounts.Role;
import org.warrant.ui.Notice;

/**
 * Admins manage accounts: create one (with a temporary password to hand over), change a role, reset a
 * password. The service checks again that the user is an admin.
 */
@Route("admin/accounts")
@PageTitle("Accounts · Warrant")
@RolesAllowed("ADMIN")
class AccountsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create account");
    final Notice notice = new Notice();
    final Grid<AccountSummary> grid = new Grid<>();
    private final AccountAdministration admin;

    AccountsView(AccountAdministration admin) {
        this.admin = admin;
        addClassNames("page", "accounts-view");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountsView::label);
        role.setValue(Role.STUDENT);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        Div form = new Div(username, displayName, role, create);
        form.addClassName("account-form");

        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.createdAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(this::resetButton).setHeader("Password").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1("Accounts"), new H2("New account"), form, notice, new H2("All accounts"), grid);
        refresh();
    }

    private void create() {
        try {
            String temporary = admin.create(username.getValue(), displayName.getValue(), role.getValue());
            notice.done("Account “" + username.getValue().strip() + "” created. Its temporary password is " + temporary
                    + ". Give it to its owner, who can change it under “Password” after signing in.");
            username.clear();
            displayName.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            notice.problem(e.getMessage());
        }
    }

    private Select<Role> roleSelect(AccountSummary account) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(AccountsView::label);
        select.setValue(account.role());
        select.setAriaLabel("Role of " + account.username());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                admin.changeRole(account.username(), e.getValue());
                notice.done(account.username() + " is now " + label(e.getValue()).toLowerCase(Locale.ROOT) + ".");
            } catch (AccessDeniedException | IllegalArgumentException refused) {
                notice.problem(refused.getMessage());
            }
            refresh();
        });
        return select;
    }

    private Button resetButton(AccountSummary account) {
        Button reset = new Button("Reset password", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Reset the password of " + account.username() + "?",
                    "Their current password stops working at once; you get a temporary one to give them.",
                    "Reset", done -> notice.done("The temporary password of “" + account.username() + "” is "
                    + admin.resetPassword(account.username()) + "."));
            confirm.setCancelable(true);
            confirm.open();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return reset;
    }


    private void refresh() {
        grid.setItems(admin.list());
    }

    private static String label(Role role) {
        return switch (role) {
            case STUDENT -> "Student";
            case INSTRUCTOR -> "Instructor";
            case ADMIN -> "Admin";
        };
    }
}
