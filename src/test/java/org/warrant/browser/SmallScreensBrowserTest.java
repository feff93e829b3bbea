package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapService;
import org.warrant.seminars.SeminarService;
import org.warrant.testing.Axe;
import org.warrant.testing.WarrantTest;

/**
 * Warrant on a phone (390 × 844) and a small tablet (820 × 1180): no main view makes the page scroll sideways, and
 * the editor gives the article, the outline and the diagram as full-height panes, each usable when chosen, and axe
 * finds nothing critical or serious at either size. A
 * screenshot of every view goes to target/screenshots/phone and target/screenshots/tablet.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SmallScreensBrowserTest extends InChromium {

    @LocalServerPort int port;
    @Autowired MapService maps;
    @Autowired SeminarService seminars;
    @Autowired AssignmentService assignments;
    private Path shots;
    private final List<String> sideways = new ArrayList<>();
    private final List<String> serious = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 390, 844", "tablet, 820, 1180"})
    void every_main_view_fits_the_width_and_the_editor_switches_panes(String device, int width, int height) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        shots = Files.createDirectories(Path.of("target/screenshots", device));
        String base = "http://localhost:" + port;
        as("instructor", Role.INSTRUCTOR);
        long map = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
        long article = maps.open(map).map().articleIds().getFirst();
        long seminar = seminars.mine().getFirst().id();
        long assignment = assignments.mine().stream().filter(a -> a.submitted() > 1).findFirst().orElseThrow().id();

        browser.get(base + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        look("sign-in");
        Chromium.signIn(browser, base, "instructor");
        visit(base + "/articles", "library", ".article-card");
        visit(base + "/articles/" + article, "reader", "#p1");
        visit(base + "/maps", "maps", ".map-cards");
        visit(base + "/seminars/" + seminar, "seminar", "h1");
        visit(base + "/assignments", "assignments", "h1");
        visit(base + "/assignments/" + assignment, "assignment", "h1");
        visit(base + "/assignments/" + assignment + "/compare", "compare", ".compare-tabs vaadin-tab");
        for (int i = 1; i < 5; i++) {
            browser.executeScript("arguments[0].click()", browser.findElements(By.cssSelector(".compare-tabs vaadin-tab")).get(i));
            Chromium.awaitVaadin(browser);
            look("compare-" + i);
        }

        visit(base + "/maps/" + map, "editor-outline", ".small-screen-panes");
        WebElement outline = browser.findElement(By.cssSelector(".small-screen-panes .outline-pane"));
        assertThat(outline.isDisplayed()).as("the outline is the first pane shown").isTrue();
        assertThat(outline.getSize().getHeight()).as("the rest of the screen, not a strip").isGreaterThan(height * 45 / 100);
        assertThat(outline.getRect().getY() + outline.getSize().getHeight()).as("down to the screen's bottom").isGreaterThan(height - 4);
        assertThat(browser.findElements(By.cssSelector(".small-screen-panes warrant-article-reader")).stream().noneMatch(WebElement::isDisplayed))
                .as("one pane at a time").isTrue();

        pane(0);
        WebElement reader = browser.findElement(By.cssSelector(".small-screen-panes warrant-article-reader"));
        wait.until(d -> reader.getAttribute("data-highlights") != null);
        assertThat(browser.findElement(By.cssSelector(".small-screen-panes .article-pane")).getSize().getHeight()).isGreaterThan(height * 45 / 100);
        look("editor-article");

        pane(2);
        WebElement graph = browser.findElement(By.cssSelector(".small-screen-panes warrant-map-graph"));
        wait.until(d -> graph.getAttribute("data-nodes") != null && graph.getSize().getWidth() > width / 2);
        Object boxesInView = browser.executeScript("""
                const g = arguments[0], r = g.getBoundingClientRect();
                return [...g.shadowRoot.querySelectorAll('.box rect.card')].filter(b => {
                  const q = b.getBoundingClientRect();
                  return q.width > 0 && q.right > r.left && q.left < r.right && q.bottom > r.top && q.top < r.bottom; }).length;""", graph);
        assertThat((Long) boxesInView).as("the diagram, drawn while hidden, is fitted into its pane when shown").isPositive();
        look("editor-diagram");

        assertThat(sideways).as("views that scroll the whole page sideways at " + width + " px").isEmpty();
        assertThat(serious).as("critical or serious axe violations at " + width + " px").isEmpty();
    }

    private void pane(int index) {
        browser.executeScript("arguments[0].click()", browser.findElements(By.cssSelector(".pane-tabs vaadin-tab")).get(index));
        Chromium.awaitVaadin(browser);
    }

    private void visit(String url, String view, String ready) throws Exception {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        Chromium.awaitVaadin(browser);
        look(view);
    }

    /** Notes a page wider than the screen or with a serious axe finding, and keeps a screenshot to look at. */
    private void look(String view) throws Exception {
        Axe.check(browser).stream().filter(Axe.Violation::seriousOrWorse)
                .forEach(v -> serious.add(view + ": " + v));
        Object wider = browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
        if (Boolean.TRUE.equals(wider)) {
            sideways.add(view);
        }
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(view + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
