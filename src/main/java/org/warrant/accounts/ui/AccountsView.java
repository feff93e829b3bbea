package org.warrant.accounts.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.accounts.AccountAdministration;
import org.warrant.accounts.AccountAdministration.AccountSummary;
import org.warrant.accounts.Role;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * Admins manage accounts: create one (with a temporary password to hand over), change a role, reset a
 * password. The service checks again that the user is an admin.
 */
@Route("admin/accounts")
@RolesAllowed("ADMIN")
class AccountsView extends Div implements HasDynamicTitle {

    private final Dates when = Dates.pattern("d MMM yyyy");

    final TextField username = new TextField(t("accounts.username"));
    final TextField displayName = new TextField(t("accounts.name"));
    final Select<Role> role = new Select<>();
    final Button create = new Button(t("accounts.create"));
    final Notice notice = new Notice();
    final Grid<AccountSummary> grid = new Grid<>();
    private final AccountAdministration admin;

    AccountsView(AccountAdministration admin) {
        this.admin = admin;
        addClassNames("page", "accounts-view");
        username.setHelperText(t("accounts.username-help"));
        role.setLabel(t("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountsView::label);
        role.setValue(Role.STUDENT);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        Div form = new Div(username, displayName, role, create);
        form.addClassName("account-form");

        grid.addColumn(AccountSummary::username).setHeader(t("accounts.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(t("accounts.name")).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader(t("accounts.role")).setAutoWidth(true);
        grid.addColumn(a -> when.format(a.createdAt())).setHeader(t("accounts.since")).setAutoWidth(true);
        grid.addComponentColumn(this::resetButton).setHeader(t("accounts.password")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1(t("accounts.heading")), new H2(t("accounts.new")), form, notice, new H2(t("accounts.all")), grid);
        refresh();
    }

    private void create() {
        try {
            String temporary = admin.create(username.getValue(), displayName.getValue(), role.getValue());
            notice.done(t("accounts.created", username.getValue().strip(), temporary));
            username.clear();
            displayName.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            notice.problem(Text.problem(e));
        }
    }

    private Select<Role> roleSelect(AccountSummary account) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(AccountsView::label);
        select.setValue(account.role());
        select.setAriaLabel(t("accounts.role-of", account.username()));
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                admin.changeRole(account.username(), e.getValue());
                notice.done(t("accounts.role-now", account.username(), label(e.getValue())));
            } catch (AccessDeniedException | IllegalArgumentException refused) {
                notice.problem(Text.problem(refused));
            }
            refresh();
        });
        return select;
    }

    private Button resetButton(AccountSummary account) {
        Button reset = new Button(t("accounts.reset"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(t("accounts.reset-confirm", account.username()),
                    t("accounts.reset-explain"),
                    t("accounts.reset-do"), done -> notice.done(t("accounts.reset-done", account.username(), admin.resetPassword(account.username()))));
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
        return t("role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return t("accounts.title");
    }
}
