package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.accounts.Role;
import org.warrant.assignments.AssignmentService;
import org.warrant.maps.MapService;
import org.warrant.seminars.SeminarService;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Axe;
import org.warrant.testing.WarrantTest;

/**
 * Every view, and every tab of the editor and of the comparison, checked by axe-core in a real browser: no critical or
 * serious violation of WCAG 2.1 A and AA. What axe reports as moderate or minor is written to
 * target/accessibility/axe.txt; docs/accessibility.md says which remain and why.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "warrant.data-dir=" + AccessibilityBrowserTest.DATA)
class AccessibilityBrowserTest {

    /** A database of its own, with the demo content only: the shared test database gathers thousands of maps. */
    static final String DATA = "./target/accessibility/data";

    @LocalServerPort int port;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    @Autowired SeminarService seminars;
    @Autowired AssignmentService assignments;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();

    @org.junit.jupiter.api.BeforeAll
    static void freshDatabase() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(DATA));
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void no_view_has_a_critical_or_serious_accessibility_violation() throws Exception {
        as("instructor", Role.INSTRUCTOR);
        long map = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
        long article = maps.open(map).map().articleIds().getFirst();
        long seminar = seminars.mine().getFirst().id();
        long assignment = assignments.mine().stream().filter(a -> a.submitted() > 1).findFirst().orElseThrow().id();
        String base = "http://localhost:" + port;

        browser.get(base + "/login");
        check("sign-in", "input[name=username]");
        Chromium.signIn(browser, base, "instructor");
        visit(base + "/articles", "library", ".article-card");
        visit(base + "/articles/" + article, "reader", "#p1");
        visit(base + "/articles/import", "article import", "vaadin-upload");
        visit(base + "/maps", "maps", ".map-cards");
        visit(base + "/maps/import", "outline import", "vaadin-upload");
        visit(base + "/maps/import-file", "Argdown and AIF import", "vaadin-upload");
        visit(base + "/maps/" + map, "editor", "warrant-map-graph[data-nodes]");
        eachTab("editor", "vaadin-tabs.article-tabs vaadin-tab, .article-pane vaadin-tab");
        visit(base + "/maps/" + map + "/history", "history", "h1");
        visit(base + "/seminars", "seminars", "h1");
        visit(base + "/seminars/" + seminar, "seminar", "h1");
        visit(base + "/assignments", "assignments", "h1");
        visit(base + "/assignments/" + assignment, "assignment", "h1");
        visit(base + "/assignments/" + assignment + "/compare", "compare", ".compare-tabs vaadin-tab");
        eachTab("compare", ".compare-tabs vaadin-tab");
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, "admin");
        visit(base + "/admin/accounts", "accounts", "vaadin-grid");
        visit(base + "/admin/backups", "backups", "vaadin-grid");

        List<String> lines = new ArrayList<>();
        found.forEach((view, violations) -> violations.forEach(v -> lines.add(view + ": " + v)));
        Files.createDirectories(Path.of("target/accessibility"));
        Files.write(Path.of("target/accessibility/axe.txt"), lines);
        assertThat(lines.stream().filter(l -> l.contains(": critical ") || l.contains(": serious ")).toList())
                .as("critical and serious violations, by view (all of them in target/accessibility/axe.txt)").isEmpty();
    }

    private void visit(String url, String view, String ready) throws Exception {
        browser.get(url);
        check(view, ready);
    }

    private void check(String view, String ready) throws Exception {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        if (!view.equals("sign-in")) {
            Chromium.awaitVaadin(browser);
        }
        found.put(view, Axe.check(browser));
    }

    /** Each tab of the view's tab sheet chosen in turn, and the page checked with it open. */
    private void eachTab(String view, String tabs) throws Exception {
        List<WebElement> all = browser.findElements(By.cssSelector(tabs));
        for (int i = 1; i < all.size(); i++) {
            WebElement tab = browser.findElements(By.cssSelector(tabs)).get(i);
            String name = tab.getText().strip();
            browser.executeScript("arguments[0].click()", tab);
            Chromium.awaitVaadin(browser);
            found.put(view + " / " + name, Axe.check(browser));
        }
    }
}
