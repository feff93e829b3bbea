package org.warrant.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.backup.Backup;
import org.warrant.testing.TestDatabase;
import org.warrant.testing.WarrantTest;

/** The admins' backups page: back up now and find it listed, on H2; on PostgreSQL, the advice to use pg_dump. */
@WarrantTest
class BackupsViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_backs_up_now_and_finds_the_backup_listed_for_download() {
        BackupsView view = navigate(BackupsView.class);
        if (TestDatabase.postgres()) {
            assertThat(view.getElement().getTextRecursively()).contains("pg_dump").contains("docs/deploy.md");
            assertThat(view.takeNow.isAttached()).isFalse();
            return;
        }
        test(view.takeNow).click();
        String said = view.notice.getElement().getTextRecursively();
        assertThat(said).matches("Backup warrant-\\S+\\.zip taken \\(\\d+\\.\\d (KB|MB)\\)\\.");
        String name = said.substring("Backup ".length(), said.indexOf(" taken"));
        assertThat(view.grid.getGenericDataView().getItems().map(Backup::name)).contains(name);
        assertThat(view.getElement().getTextRecursively()).contains("The newest 7 are kept").contains("./warrant restore")
                .contains("No backups are scheduled"); // the tests' schedule is "-"
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.none.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_does_not_get_the_backups_page() {
        try {
            navigate("admin/backups", Component.class);
        } catch (RuntimeException refused) {
            // navigation ends elsewhere; what was shown is checked below
        }
        assertThat(getCurrentView()).isNotInstanceOf(BackupsView.class);
    }
}
