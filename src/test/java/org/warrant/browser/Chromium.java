package org.warrant.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver. Both paths are given explicitly, so Selenium
 * Manager never tries to download a browser or driver (the machines here reach no such site).
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("warrant.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("warrant.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static ChromeDriver start() throws Exception {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Real-browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (looked for " + BROWSER + " and " + DRIVER + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("warrant-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Signs in through the login form as a demo user and waits until the login page is left. */
    public static void signIn(ChromeDriver browser, String baseUrl, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(baseUrl + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The text of the map outline's selected row, or null when no row is selected (or none is shown yet). */
    public static String selectedOutlineRow(ChromeDriver browser) {
        return (String) browser.executeScript("""
                const grid = document.querySelector('vaadin-grid');
                const row = grid && grid.shadowRoot.querySelector('tr[part~="selected-row"]');
                const slot = row && row.querySelector('td slot');
                const content = slot && slot.assignedElements()[0];
                return content ? content.textContent.trim() : null;""");
    }

    /**
     * From now on, every page the browser opens records the Content-Security-Policy violations it meets (a
     * script DevTools adds to each new document, which the policy does not govern); read them with
     * {@link #cspViolations}.
     */
    public static void recordCspViolations(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"""));
    }

    /** The violations the current page has met since it was opened. */
    @SuppressWarnings("unchecked")
    public static List<String> cspViolations(ChromeDriver browser) {
        return (List<String>) browser.executeScript("return window.__cspViolations || ['no recorder on this page']");
    }

    /** Waits until Vaadin has no request to the server under way (the page is drawn and settled). */
    public static void awaitVaadin(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !!flow && !!flow.clients && Object.keys(flow.clients).length > 0
                    && !Object.values(flow.clients).some(c => c.isActive && c.isActive());""")));
    }
}
