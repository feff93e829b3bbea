package org.warrant.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
