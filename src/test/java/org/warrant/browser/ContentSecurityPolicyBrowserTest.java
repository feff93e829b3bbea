package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** Every main view works under the Content-Security-Policy: Chromium meets no violation on any of them. */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort int port;
    private ChromeDriver browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        Chromium.recordCspViolations(browser);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void visit(String path) {
        browser.get(base() + path);
        Chromium.awaitVaadin(browser);
        Chromium.cspViolations(browser).forEach(v -> violations.add(path + ": " + v));
    }

    /** The path of the first link on the page whose path matches. */
    private String firstLink(String pattern) {
        return browser.findElements(By.cssSelector("a[href]")).stream().map(a -> a.getDomAttribute("href"))
                .filter(h -> h != null && h.replaceFirst("^/", "").matches(pattern)).findFirst()
                .map(h -> h.startsWith("/") ? h : "/" + h).orElseThrow(() -> new AssertionError("no link " + pattern));
    }

    @Test
    void the_instructors_views_meet_no_policy_violation() {
        visit("/login");
        Chromium.signIn(browser, base(), "instructor");
        Chromium.awaitVaadin(browser);
        Chromium.cspViolations(browser).forEach(v -> violations.add("after sign-in: " + v));
        visit("/assignments");
        String assignment = firstLink("assignments/\\d+");
        visit(assignment);
        visit(assignment + "/compare");
        visit("/articles");
        visit(firstLink("articles/\\d+"));
        visit("/articles/import");
        visit("/maps");
        String map = firstLink("maps/\\d+");
        visit(map);
        visit(map + "/history");
        visit("/maps/import");
        visit("/seminars");
        visit(firstLink("seminars/\\d+"));
        assertThat(violations).isEmpty();
    }

    @Test
    void the_admins_accounts_page_meets_no_policy_violation() {
        Chromium.signIn(browser, base(), "admin");
        visit("/admin/accounts");
        assertThat(violations).isEmpty();
    }
}
