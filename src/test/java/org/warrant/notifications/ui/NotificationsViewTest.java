package org.warrant.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapService;
import org.warrant.notifications.NotificationKind;
import org.warrant.notifications.NotificationService;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** The notifications page: the list, opening one, marking all read, and the mail settings. */
@WarrantTest
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired SeminarService seminars;
    @Autowired AssignmentService assignments;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    @Autowired NotificationService notifications;
    Classroom room;

    @BeforeEach
    void aNewAssignment() {
        room = new Classroom(seminars, assignments, maps, articles, Classroom.nextWeek());
        as(room.owner, Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_student_opens_a_notification_and_it_is_read() {
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("New assignment in Seminar A " + room.suffix + ": “Alone " + room.suffix + "”");
        Button first = find(Button.class).withText("New assignment in Seminar A " + room.suffix + ": “Together " + room.suffix + "”").single();
        long before = notifications.unread();
        test(first).click();
        assertThat(notifications.unread()).isEqualTo(before - 1);
        assertThat(getCurrentView().getElement().getAttribute("class")).contains("assignment-view");
    }

    @Test
    void mark_all_read_clears_the_count() {
        NotificationsView view = navigate(NotificationsView.class);
        test(view.markAll).click();
        assertThat(notifications.unread()).isZero();
        assertThat(view.markAll.isEnabled()).isFalse();
    }

    @Test
    void mail_settings_are_saved_and_a_wrong_address_is_refused_with_the_reason() {
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(view.getElement().getTextRecursively()).as("no SMTP server in this test").contains("has no mail server set up");
        test(view.email).setValue("not-an-address");
        test(view.save).click();
        assertThat(view.notice.getText()).contains("is not an email address");
        test(view.email).setValue(room.owner + "@example.edu");
        test(view.kinds.get(NotificationKind.DUE_SOON)).click();
        test(view.digest).click();
        test(view.save).click();
        assertThat(view.notice.getText()).isEqualTo("Mail settings saved.");
        assertThat(notifications.settings().mailed()).doesNotContain(NotificationKind.DUE_SOON).contains(NotificationKind.COMMENT);
        assertThat(notifications.settings().digest()).isTrue();
    }
}
