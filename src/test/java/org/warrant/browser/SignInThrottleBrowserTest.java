package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.warrant.accounts.DemoAccounts;
import org.warrant.security.LoginThrottle;

/** The real sign-in form: five wrong passwords, then even the right one is refused, with the reason shown. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SignInThrottleBrowserTest {

    @LocalServerPort int port;
    @Autowired LoginThrottle throttle;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        throttle.succeeded("student3");
    }

    @Test
    void five_wrong_passwords_pause_sign_in_and_the_form_says_so() throws Exception {
        browser = Chromium.start();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            submit("student3", "not-the-password");
            assertThat(errorTitle()).isEqualTo("Wrong username or password");
        }
        submit("student3", DemoAccounts.PASSWORD);
        assertThat(errorTitle()).isEqualTo("Sign-in paused for this account");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private void submit(String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("return document.querySelector('vaadin-login-form')?.error === true")));
    }

    private String errorTitle() {
        return (String) browser.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.title");
    }
}
