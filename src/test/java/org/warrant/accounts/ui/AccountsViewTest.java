package org.warrant.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.accounts.AccountAdministration.AccountSummary;
import org.warrant.accounts.Role;
import org.warrant.testing.WarrantTest;

/** The admins' accounts page: create an account and see its temporary password; others can't open it. */
@WarrantTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_account_and_is_shown_its_temporary_password() {
        AccountsView view = navigate(AccountsView.class);
        String name = "view-made-" + System.nanoTime() % 100_000;
        test(view.username).setValue(name);
        test(view.displayName).setValue("Made In View");
        test(view.role).selectItem("Instructor");
        test(view.create).click();

        assertThat(view.notice.getElement().getTextRecursively()).matches("Account “" + name
                + "” created\\. Its temporary password is [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}\\..*");
        assertThat(test(view.grid).size()).isGreaterThan(1);
        assertThat(view.grid.getGenericDataView().getItems().map(AccountSummary::username)).contains(name);
        assertThat(view.grid.getGenericDataView().getItems().filter(a -> a.username().equals(name)).findFirst().orElseThrow().role())
                .isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_bad_username_is_refused_with_the_rule() {
        AccountsView view = navigate(AccountsView.class);
        test(view.username).setValue("Has Spaces");
        test(view.create).click();
        assertThat(view.notice.hasClassName("error-box")).isTrue();
        assertThat(view.notice.getElement().getTextRecursively()).contains("lower-case letters");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_does_not_get_the_accounts_page() {
        try {
            navigate("admin/accounts", Component.class);
        } catch (RuntimeException refused) {
            // navigation ends elsewhere; what was shown is checked below
        }
        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
    }
}
