package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * Two students of one group, each in a browser of their own (separate profiles, so separate sessions), on
 * their group's map: what one types reaches the other through push, in the outline and in the graph.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GroupMapBrowserTest {

    @LocalServerPort int port;
    @Autowired SeminarService seminars;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    private ChromeDriver ann;
    private ChromeDriver ben;
    private long mapId;

    @BeforeEach
    void twoStudentsOpenTheirGroupsMap() throws Exception {
        as("instructor", Role.INSTRUCTOR);
        long seminar = seminars.create("Browser seminar " + System.nanoTime(), "Spring");
        String code = seminars.open(seminar).joinCode();
        long group = seminars.createGroup(seminar, "Pair");
        for (String student : List.of("student1", "student2")) {
            as(student, Role.STUDENT);
            seminars.join(code);
        }
        as("instructor", Role.INSTRUCTOR);
        seminars.assign(seminar, "student1", group);
        seminars.assign(seminar, "student2", group);
        as("student1", Role.STUDENT);
        mapId = maps.createSeminarWork("Pair map", List.of(articles.list("").getFirst().id()), seminar, group, false, false);
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality harmed Iran.");
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Ben's claim.");
        SecurityContextHolder.clearContext();

        ann = open("student1");
        ben = open("student2");
    }

    @AfterEach
    void stop() {
        ann.quit();
        ben.quit();
    }

    @Test
    void what_one_groupmate_types_appears_in_the_others_outline_and_graph() {
        row(ben, "Ben's claim.").click();
        waitIn(ben).until(d -> "Ben's claim.".equals(Chromium.selectedOutlineRow(ben)));
        waitIn(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".presence"), "Also here"));

        row(ann, "Neutrality harmed Iran.").click();
        new Actions(ann).sendKeys(Keys.F2).perform();
        waitIn(ann).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid vaadin-text-field")));
        new Actions(ann).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys("Neutrality cost Iran its voice.", Keys.ENTER).perform();

        row(ben, "Neutrality cost Iran its voice.");
        waitIn(ben).until(d -> (Boolean) ben.executeScript("""
                const graph = document.querySelector('warrant-map-graph');
                return [...graph.shadowRoot.querySelectorAll('.box text')].some(t => t.textContent.includes('cost Iran'));"""));
        assertThat(Chromium.selectedOutlineRow(ben)).as("Ben's selection stays").isEqualTo("Ben's claim.");

        new Actions(ben).sendKeys(Keys.F2).perform();
        waitIn(ben).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid vaadin-text-field")));
        new Actions(ben).sendKeys(Keys.END, " Ben agrees.", Keys.ENTER).perform();
        row(ann, "Ben's claim. Ben agrees.");
    }

    private ChromeDriver open(String student) throws Exception {
        ChromeDriver browser = Chromium.start();
        Chromium.signIn(browser, "http://localhost:" + port, student);
        browser.get("http://localhost:" + port + "/maps/" + mapId);
        waitIn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));
        return browser;
    }

    private static WebDriverWait waitIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static org.openqa.selenium.WebElement row(ChromeDriver browser, String text) {
        return waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[.//*[normalize-space()=\"" + text + "\"] or normalize-space()=\"" + text + "\"]")));
    }
}
