package org.warrant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * What only a browser shows: a mouse selection in the article becoming evidence, the outline's keys, the graph
 * driving the outline, and the plain HTTP endpoints beside the editor with the browser's own session.
 */
@Tag("slow")
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MapEditorBrowserTest {

    private static final String SENTENCE = "The country's policy is to maintain stable and mutually beneficial relations with all the countries it borders.";

    @LocalServerPort int port;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void signIn() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "student1", null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Chromium.signIn(browser, "http://localhost:" + port, "student1");
    }

    @AfterEach
    void stop() {
        browser.quit();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_sentence_selected_with_the_mouse_becomes_evidence_and_is_highlighted() {
        long interviewId = articles.list("neighbours, partners").getFirst().id();
        long mapId = maps.create("Browser map " + System.nanoTime(), null, List.of(interviewId));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Azerbaijan wants good relations.");
        open(mapId);

        row("Azerbaijan wants good relations.").click();
        dragAcross(SENTENCE);
        assertThat((String) browser.executeScript("return window.getSelection().toString()")).isEqualTo(SENTENCE);
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Evidence']")).click();

        WebElement highlight = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-reader .highlight-pro")));
        assertThat(highlight.getText()).isEqualTo(SENTENCE);
        MapNode evidence = maps.open(mapId).nodes().stream().filter(n -> n.kind() == NodeKind.EVIDENCE).findFirst().orElseThrow();
        assertThat(evidence.parentId()).isEqualTo(claim.id());
        assertThat(evidence.text()).isEqualTo(SENTENCE);
    }

    @Test
    void words_selected_with_the_keyboard_by_sentence_and_word_become_a_reason() {
        long interviewId = articles.list("neighbours, partners").getFirst().id();
        long mapId = maps.create("Keyboard quoting " + System.nanoTime(), null, List.of(interviewId));
        MapNode claim = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Azerbaijan wants good relations.");
        open(mapId);
        row("Azerbaijan wants good relations.").click();
        WebElement reader = wait.until(d -> d.findElement(By.cssSelector("warrant-article-reader[data-highlights]")));
        String language = articles.find(interviewId).orElseThrow().language(); // none in a database older than V18
        assertThat(reader.getAttribute("lang")).as("the text's language, for screen readers").isEqualTo(language == null ? "" : language);
        assertThat(reader.getAttribute("aria-label")).startsWith("Article text. To select words with the keyboard");
        browser.executeScript("arguments[0].focus()", reader);

        String sentence = "";
        for (int i = 0; i < 40; i++) { // on to a sentence with words after it in its paragraph
            new Actions(browser).sendKeys("]").perform();
            sentence = (String) browser.executeScript("return window.getSelection().toString()");
            boolean last = (Boolean) browser.executeScript("const s = window.getSelection();"
                    + "return s.anchorNode.parentElement.closest('p').textContent.trimEnd().endsWith(s.toString())");
            if (!last) {
                break;
            }
        }
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        String extended = (String) browser.executeScript("return window.getSelection().toString()");
        new Actions(browser).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("r").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();

        assertThat(articles.find(interviewId).orElseThrow().body()).contains(extended);
        assertThat(sentence).matches("(?s).*[.!?…][\"'”’)]*");
        assertThat(extended).startsWith(sentence).hasSizeGreaterThan(sentence.length());
        assertThat(extended.substring(sentence.length()).strip().split("\\s+")).hasSize(2);
        wait.until(d -> maps.open(mapId).nodes().size() == 2);
        MapNode reason = maps.open(mapId).nodes().stream().filter(n -> n.kind() == NodeKind.PREMISE).findFirst().orElseThrow();
        assertThat(reason.parentId()).isEqualTo(claim.id());
        assertThat(reason.text()).isEqualTo(extended.strip());
    }

    @Test
    void outline_keys_edit_the_map_and_leave_the_inline_fields_own_keys_alone() {
        long interviewId = articles.list("neighbours, partners").getFirst().id();
        long mapId = maps.create("Keys map " + System.nanoTime(), null, List.of(interviewId));
        MapNode first = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "First claim.");
        MapNode second = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Second claim.");
        open(mapId);

        row("Second claim.").click();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        wait.until(d -> first.id().equals(node(mapId, second.id()).parentId()));

        // F2 opens the text with all of it selected; Home and Delete edit the text, not the map.
        new Actions(browser).sendKeys(Keys.F2).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid vaadin-text-field")));
        new Actions(browser).sendKeys(Keys.HOME, Keys.DELETE, Keys.ENTER).perform();
        wait.until(d -> "econd claim.".equals(node(mapId, second.id()).text()));
        assertThat(maps.open(mapId).nodes()).hasSize(2);

        // Saving with Enter leaves the focus on the outline, so its keys work at once: Ctrl+Z undoes the edit.
        wait.until(d -> (Boolean) browser.executeScript("return document.activeElement && document.activeElement.localName === 'vaadin-grid'"));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        wait.until(d -> "Second claim.".equals(node(mapId, second.id()).text()));
    }

    @Test
    void escape_leaves_the_outline_for_the_diagram_and_shift_tab_comes_back() {
        long interviewId = articles.list("neighbours, partners").getFirst().id();
        long mapId = maps.create("Way out " + System.nanoTime(), null, List.of(interviewId));
        edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "A claim to leave.");
        open(mapId);
        row("A claim to leave.").click();

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> "warrant-map-graph".equals(browser.executeScript("return document.activeElement.localName")));
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        wait.until(d -> "vaadin-grid".equals(browser.executeScript("return document.activeElement.localName")));

        assertThat(maps.open(mapId).nodes()).hasSize(1); // Escape and Shift+Tab left the map as it was
    }

    @Test
    void arrow_keys_walk_the_diagram_box_by_box_and_enter_selects_the_box_in_the_outline() {
        long mapId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality")).findFirst().orElseThrow().id();
        MapNode claim = maps.open(mapId).tree().roots().getFirst();
        open(mapId);
        WebElement graph = browser.findElement(By.tagName("warrant-map-graph"));
        wait.until(d -> graph.getDomAttribute("data-nodes") != null);
        browser.executeScript("arguments[0].shadowRoot.querySelector('svg').focus()", graph);

        new Actions(browser).sendKeys(Keys.HOME, Keys.ARROW_DOWN).perform();
        String keyed = wait.until(d -> (String) browser.executeScript(
                "const b = arguments[0].shadowRoot.querySelector('.box.kbd'); return b && b.dataset.id", graph));
        MapNode reply = maps.open(mapId).node(Long.parseLong(keyed));
        assertThat(reply.parentId()).as("down from the first claim is one of its replies").isEqualTo(claim.id());
        assertThat((String) browser.executeScript("return arguments[0].shadowRoot.querySelector('[aria-live]').textContent", graph))
                .contains(reply.text());
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(d -> reply.text().equals(Chromium.selectedOutlineRow(browser)));
    }

    @Test
    void clicking_a_box_in_the_graph_selects_the_same_node_in_the_outline() {
        long mapId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality")).findFirst().orElseThrow().id();
        String text = "Iran lost economic ground in Azerbaijan to Turkey, which sided with Baku.";
        long nodeId = maps.open(mapId).nodes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow().id();
        open(mapId);

        WebElement graph = browser.findElement(By.tagName("warrant-map-graph"));
        WebElement box = wait.until(d -> graph.getShadowRoot().findElement(By.cssSelector(".box[data-id='" + nodeId + "'] rect")));
        new Actions(browser).moveToElement(box).click().perform();

        wait.until(d -> text.equals(Chromium.selectedOutlineRow(browser)));
        assertThat(graph.getShadowRoot().findElement(By.cssSelector(".box.selected")).getDomAttribute("data-id")).isEqualTo(Long.toString(nodeId));
    }

    @Test
    void the_editors_data_of_another_students_map_is_not_found() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "student2", null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        long interviewId = articles.list("neighbours, partners").getFirst().id();
        long theirs = maps.create("Student 2's private map " + System.nanoTime(), null, List.of(interviewId));

        assertThat(status("/maps/" + theirs + "/graph.json")).isEqualTo(404L);
        assertThat(status("/maps/" + theirs + "/articles/" + interviewId + "/reader.json")).isEqualTo(404L);
        assertThat(status("/maps/987654321/graph.json")).isEqualTo(404L);
        assertThat(status("/maps/" + theirs + "/outline.md")).isEqualTo(404L);
        assertThat(status("/maps/987654321/outline.md")).isEqualTo(404L);
    }

    @Test
    void a_readable_maps_outline_is_served_as_markdown() {
        long demo = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality")).findFirst().orElseThrow().id();
        String body = (String) browser.executeAsyncScript("""
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(t => arguments[1](r.status + ' ' + r.headers.get('content-type') + '\\n' + t)))""",
                "/maps/" + demo + "/outline.md");
        assertThat(body).startsWith("200 text/markdown;charset=UTF-8\n# Iran's neutrality in the Qarabagh war harmed its interests\n");
    }

    private MapNode node(long mapId, long id) {
        return maps.open(mapId).node(id);
    }

    /** The HTTP status of a GET from the signed-in browser (student1's session). */
    private Long status(String path) {
        return (Long) browser.executeAsyncScript(
                "fetch(arguments[0], {credentials: 'same-origin'}).then(r => arguments[1](r.status))", path);
    }

    private void open(long mapId) {
        browser.get("http://localhost:" + port + "/maps/" + mapId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));
    }

    private WebElement row(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[.//*[normalize-space()='" + text + "'] or normalize-space()='" + text + "']")));
    }

    /** Presses the mouse at the sentence's first character and releases it after its last, as a reader would. */
    @SuppressWarnings("unchecked")
    private void dragAcross(String sentence) {
        Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                const text = arguments[0];
                for (const p of document.querySelectorAll('.map-reader p')) {
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const i = n.data.indexOf(text);
                    if (i < 0) continue;
                    p.scrollIntoView({block: 'center'});
                    const r = document.createRange();
                    r.setStart(n, i); r.setEnd(n, i + 1);
                    const first = r.getBoundingClientRect();
                    r.setStart(n, i + text.length - 1); r.setEnd(n, i + text.length);
                    const last = r.getBoundingClientRect();
                    return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right, y2: last.top + last.height / 2};
                  }
                }
                return null;""", sentence);
        assertThat(at).as("the sentence is on the page").isNotNull();
        new Actions(browser)
                .moveToLocation(at.get("x1").intValue(), at.get("y1").intValue()).clickAndHold()
                .moveToLocation(at.get("x2").intValue(), at.get("y2").intValue()).release().perform();
    }
}
