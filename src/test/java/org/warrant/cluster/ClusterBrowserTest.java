package org.warrant.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.warrant.accounts.Role;
import org.warrant.browser.Chromium;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.SignedIn;

/**
 * The deployment of docs/deploy.md for real: PostgreSQL, two Warrant instances in JVMs of their own, and
 * Debian's nginx with deploy/nginx/warrant.conf.template in front. Two students of one group, each on a
 * different instance, edit their group's map and each sees the other's change; then one instance is killed
 * with -9: the other student carries on, and the first is told, signs in again and finds every saved edit.
 */
@Tag("postgresql")
@Tag("slow")
class ClusterBrowserTest {

    private final Instances seeding = new Instances();
    private InstanceProcess a;
    private InstanceProcess b;
    private Nginx nginx;
    private ChromeDriver ann;
    private ChromeDriver ben;

    @AfterEach
    void stopEverything() {
        for (AutoCloseable c : new AutoCloseable[] {ann == null ? null : ann::quit, ben == null ? null : ben::quit, nginx, a, b, seeding}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // stopping the rest matters more
            }
        }
    }

    @Test
    void groupmates_on_two_instances_see_each_others_edits_and_the_survivor_serves_when_one_is_killed() throws Exception {
        String db = Instances.newDatabase();
        long mapId = groupMap(seeding.start(db)); // seeds the database and makes the group's map, then is left aside
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-");
        a = InstanceProcess.start("a", db, dir);
        b = InstanceProcess.start("b", db, dir);
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
        nginx = Nginx.start(a.address(), b.address(), dir);

        ann = Chromium.start();
        Chromium.signIn(ann, nginx.url(), "student1");
        ben = Chromium.start();
        Chromium.signIn(ben, nginx.url(), "student2");
        for (int tries = 0; route(ben).equals(route(ann)); tries++) { // new sessions go to the less busy instance
            assertThat(tries).as("nginx never sent the second student to the other instance").isLessThan(8);
            ben.manage().deleteAllCookies();
            Chromium.signIn(ben, nginx.url(), "student2");
        }
        assertThat(List.of(route(ann), route(ben))).containsExactlyInAnyOrder("a", "b");

        openMap(ann, mapId);
        openMap(ben, mapId);
        edit(ann, "Neutrality harmed Iran.", "Neutrality cost Iran its voice.");
        row(ben, "Neutrality cost Iran its voice.");
        edit(ben, "Ben's claim.", "Ben's claim, on the other instance.");
        row(ann, "Ben's claim, on the other instance.");

        InstanceProcess annsInstance = route(ann).equals("a") ? a : b;
        annsInstance.kill();
        try {
            afterTheLoss(annsInstance, mapId);
        } catch (RuntimeException | AssertionError failed) { // what each student saw, for whoever reads the failure
            Files.write(dir.resolve("ann.png"), ann.getScreenshotAs(OutputType.BYTES));
            Files.write(dir.resolve("ben.png"), ben.getScreenshotAs(OutputType.BYTES));
            throw failed;
        }
    }

    private void afterTheLoss(InstanceProcess annsInstance, long mapId) {
        edit(ben, "Ben's claim, on the other instance.", "Ben carries on after the loss.");
        row(ben, "Ben carries on after the loss.");

        // Ann's page loses its server: she is told, and signing in again lands on the survivor with everything saved.
        ann.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waitIn(ann).until(d -> ann.getPageSource().contains("Your session has ended") || ann.getCurrentUrl().contains("/login"));
        Chromium.signIn(ann, nginx.url(), "student1");
        assertThat(route(ann)).isNotEqualTo(annsInstance.route);
        openMap(ann, mapId);
        row(ann, "Neutrality cost Iran its voice.");
        row(ann, "Ben carries on after the loss.");
    }

    /** A seminar with student1 and student2 in one group, and the group's map with two claims, made on the seeding instance. */
    private static long groupMap(ConfigurableApplicationContext instance) {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        SeminarService seminars = instance.getBean(SeminarService.class);
        SignedIn.as("instructor", Role.INSTRUCTOR);
        long seminar = seminars.create("Cluster seminar", "Spring");
        String code = seminars.open(seminar).joinCode();
        long group = seminars.createGroup(seminar, "Pair");
        for (String student : List.of("student1", "student2")) {
            SignedIn.as(student, Role.STUDENT);
            seminars.join(code);
        }
        SignedIn.as("instructor", Role.INSTRUCTOR);
        seminars.assign(seminar, "student1", group);
        seminars.assign(seminar, "student2", group);
        SignedIn.as("student1", Role.STUDENT);
        long mapId = instance.getBean(MapService.class).createSeminarWork("Pair map",
                List.of(instance.getBean(ArticleService.class).list("").getFirst().id()), seminar, group, false, false);
        MapEditService edits = instance.getBean(MapEditService.class);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran.");
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Ben's claim.");
        SecurityContextHolder.clearContext();
        return mapId;
    }

    /** The instance a browser's session lives on: the route at the end of its session id. */
    private static String route(ChromeDriver browser) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("a session cookie").isNotNull();
        return session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
    }

    private void openMap(ChromeDriver browser, long mapId) {
        browser.get(nginx.url() + "/maps/" + mapId);
        waitIn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));
    }

    private static void edit(ChromeDriver browser, String from, String to) {
        if (from.equals(Chromium.selectedOutlineRow(browser))) {
            // Still selected from the last edit, but focus left the grid when Enter saved (issue 19): a click
            // unselects it, the next selects it with the focus in the grid.
            row(browser, from).click();
            waitIn(browser).until(d -> Chromium.selectedOutlineRow(browser) == null);
        }
        row(browser, from).click();
        waitIn(browser).until(d -> from.equals(Chromium.selectedOutlineRow(browser)));
        new Actions(browser).sendKeys(Keys.F2).perform();
        waitIn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid vaadin-text-field")));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(to, Keys.ENTER).perform();
    }

    private static WebDriverWait waitIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static WebElement row(ChromeDriver browser, String text) {
        return waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[.//*[normalize-space()=\"" + text + "\"] or normalize-space()=\"" + text + "\"]")));
    }
}
