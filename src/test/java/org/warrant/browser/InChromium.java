package org.warrant.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real-browser test: a fresh headless Chromium for each test, and a wait of a minute for what it shows. */
abstract class InChromium {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }
}
