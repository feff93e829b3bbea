package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.comments.CommentService;
import org.warrant.maps.MapService;
import org.warrant.notifications.NotificationService;
import org.warrant.testing.Axe;
import org.warrant.testing.WarrantTest;

/**
 * The bell in a real browser: the unread count changes on an open page, over push, when someone comments on the
 * student's map; its label says the number; the notifications page opens from it and passes axe.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotificationBellBrowserTest extends InChromium {

    @LocalServerPort int port;
    @Autowired AssignmentService assignments;
    @Autowired MapService maps;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_comment_on_the_students_map_raises_the_count_on_the_open_page() throws Exception {
        as("student1", Role.STUDENT);
        long assignment = assignments.mine().stream().filter(a -> a.title().startsWith("Find the evidence")).findFirst().orElseThrow().id();
        long mapId = assignments.open(assignment).mine().mapId();
        long claim = maps.open(mapId).nodes().getFirst().id();
        notifications.markAllRead();
        Chromium.signIn(browser, "http://localhost:" + port, "student1");
        browser.get("http://localhost:" + port + "/assignments");
        WebElement bell = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.notification-bell")));
        assertThat(bell.getAttribute("aria-label")).isEqualTo("Notifications: none unread");

        as("instructor", Role.INSTRUCTOR);
        comments.comment(mapId, claim, "Which paragraph says so?");

        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("vaadin-button.notification-bell"), "aria-label", "Notifications: 1 unread"));
        assertThat(browser.findElement(By.cssSelector(".notification-bell .unread-count")).getText()).isEqualTo("1");

        browser.findElement(By.cssSelector("vaadin-button.notification-bell")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notification-list li.unread")));
        assertThat(browser.findElement(By.cssSelector(".notification-list")).getText()).contains("commented on").contains("Which paragraph says so?");
        assertThat(Axe.check(browser)).filteredOn(Axe.Violation::seriousOrWorse).isEmpty();
    }
}
