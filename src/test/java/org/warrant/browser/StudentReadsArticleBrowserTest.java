package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.testing.WarrantTest;

/** The real thing: Chromium signs in as student1 and reads an article, over HTTP. */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StudentReadsArticleBrowserTest extends InChromium {

    @LocalServerPort int port;

    @Test
    void student1_signs_in_and_opens_the_interview_at_its_third_paragraph() {
        browser.get("http://localhost:" + port + "/articles");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        username.sendKeys("student1");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();

        WebElement card = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'article-card')][.//*[text()='Iran-Azerbaijan: neighbours, partners, foes?']]")));
        // Other tests import articles into the same library, so the card may be far down: bring it into view.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
        card.click();

        WebElement third = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("p3"))); // the reader starts at the top
        assertThat(third.getText()).contains("There has been confusion and certain misunderstandings");
        assertThat(browser.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo("Iran-Azerbaijan: neighbours, partners, foes?");
        assertThat(browser.getCurrentUrl()).matches(".*/articles/\\d+");

        // A shared paragraph link, opened afresh, shows the article scrolled to that paragraph, marked as the target.
        String paragraphLink = browser.getCurrentUrl() + "#p12";
        browser.get("about:blank");
        browser.get(paragraphLink);
        WebElement twelfth = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#p12.targeted")));
        Long top = (Long) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top)", twelfth);
        assertThat(top).isBetween(0L, 200L);
    }
}
