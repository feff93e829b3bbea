package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.warrant.accounts.DemoAccounts;
import org.warrant.accounts.PasswordReset;
import org.warrant.security.LoginThrottle;
import org.warrant.testing.WarrantTest;

/**
 * The real sign-in form and sign-out: five wrong passwords, then even the right one is refused with the reason
 * shown; signing out ends the session on the server, so its cookie opens nothing afterwards.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationEventPublisher events;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        events.publishEvent(new PasswordReset("student3")); // forgets its failures, from whatever address the browser had
    }

    @Test
    void five_wrong_passwords_pause_sign_in_and_the_form_says_so() throws Exception {
        browser = Chromium.start();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            submit("student3", "not-the-password");
            assertThat(errorTitle()).isEqualTo("Wrong username or password");
        }
        submit("student3", DemoAccounts.PASSWORD);
        assertThat(errorTitle()).isEqualTo("Sign-in paused");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void signing_out_ends_the_session_on_the_server() throws Exception {
        browser = Chromium.start();
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "student2");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(statusWith(session, base + "/maps/1/graph.json")).isIn(200, 404); // signed in: the service answers

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space()='Sign out']"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/login"));
        assertThat(statusWith(session, base + "/maps/1/graph.json")).isEqualTo(302); // to the login page
    }

    /** The status of a GET sent with only this session cookie, redirects not followed. */
    private static int statusWith(String session, String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
