package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warrant.accounts.Role;
import org.warrant.maps.MapService;
import org.warrant.testing.WarrantTest;

/**
 * The map's files as a signed-in browser gets them: every format from the editor's Export dialog, with the right type,
 * and none of another student's map; the SVG opened by the browser itself, drawn with every box.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExchangeBrowserTest extends InChromium {

    @LocalServerPort int port;
    @Autowired MapService maps;

    @Test
    void every_format_downloads_from_the_export_dialog_and_nobody_gets_another_students_private_map() throws Exception {
        as("student1", Role.STUDENT);
        long demo = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
        as("student3", Role.STUDENT);
        long private3 = maps.create("Student three's own notes", null, maps.open(demo).map().articleIds());
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "student1");

        browser.get(base + "/maps/" + demo);
        Chromium.awaitVaadin(browser);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.export-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Other formats')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.format-link")));
        List<String> hrefs = browser.findElements(By.cssSelector("a.format-link")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(hrefs).hasSize(6);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/export-formats.png"), browser.getScreenshotAs(OutputType.BYTES));

        for (String href : hrefs) {
            Map<String, Object> got = fetch(href);
            assertThat(got.get("status")).as(href).isEqualTo(200L);
            String type = (String) got.get("type");
            String start = (String) got.get("start");
            switch (href.replaceAll(".*/", "").replaceAll("\\?.*", "")) {
                case "map.argdown" -> assertThat(start).as(href).startsWith("===");
                case "map.aif.json" -> assertThat(type).startsWith("application/json");
                case "diagram.svg" -> assertThat(type).startsWith("image/svg+xml");
                case "diagram.png" -> assertThat(start).startsWith("\u0089PNG");
                case "essay.pdf" -> assertThat(start).startsWith("%PDF");
                case "essay.html" -> assertThat(type).startsWith("text/html");
                default -> throw new AssertionError("unexpected link " + href);
            }
        }
        for (String file : List.of("map.argdown", "map.aif.json", "diagram.svg", "diagram.png", "essay.pdf", "essay.html")) {
            assertThat(fetch(base + "/maps/" + private3 + "/" + file).get("status")).as(file).isEqualTo(404L);
        }

        browser.get(base + "/maps/" + demo + "/diagram.svg?quotes=true");
        Long boxes = (Long) wait.until(d -> ((ChromeDriver) d).executeScript(
                "const svg = document.querySelector('svg'); return svg ? svg.querySelectorAll('g.node').length : null;"));
        assertThat(boxes).isEqualTo((long) maps.open(demo).nodes().size());
        Files.write(Path.of("target/screenshots/diagram-svg.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The file at {@code url} fetched by the page with the browser's session: status, type and first characters. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        return (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: r.headers.get('content-type') || '',
                        start: String.fromCharCode(...bytes.slice(0, 8))});
                }).catch(e => done({status: -1, type: String(e), start: ''}));""", url);
    }
}
