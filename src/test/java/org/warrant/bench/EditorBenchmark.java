package org.warrant.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.browser.Chromium;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * The map editor's speed and memory figures (issue 3), in real headless Chromium against the real server:
 * time until a 2,000- and a 10,000-node map is usable, and the server heap each open editor costs. (Adding a
 * node is measured on the server by {@code AddNodeBenchmark}.) Run on demand: see docs/benchmarks.md.
 * Results go to target/bench/editor.txt.
 */
// Vaadin's development-mode component tracker keeps a stack trace per component (for the dev tools); it does
// not exist in production, so it is off here to measure what production holds.
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"warrant.data-dir=./target/bench-data", "vaadin.devmode.componentTracker.enabled=false"})
class EditorBenchmark {

    @LocalServerPort int port;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    private ChromeDriver browser;
    private final List<String> report = new ArrayList<>();

    @Test
    void editor_figures() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "student1", null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long small = LargeMaps.create(maps, edits, paper, 2_000, 1);
        long large = LargeMaps.create(maps, edits, paper, 10_000, 2);
        browser = Chromium.start();
        try {
            Chromium.signIn(browser, "http://localhost:" + port, "student1");
            String only = System.getProperty("bench.only", "usable,heap");
            if (only.contains("usable")) {
                usable(small, 2_000, 6);
                usable(large, 10_000, 4);
            }
            if (only.contains("heap")) {
                heapPerEditor(small, 50);
            }
        } finally {
            browser.quit();
        }
    }

    /** Each figure is written as soon as it is measured, so a later failure keeps the earlier ones. */
    private void record(String line) {
        report.add(line);
        System.out.println("BENCH " + line);
        try {
            Path out = Path.of("target/bench/editor.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** From navigation to outline and graph drawn and a click on a graph box answered in the outline. */
    private void usable(long mapId, int size, int runs) {
        MapNode first = MapTree.of(maps.open(mapId).nodes()).roots().getFirst();
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            browser.get("about:blank");
            long start = System.nanoTime();
            browser.get("http://localhost:" + port + "/maps/" + mapId);
            fastWait().until(d -> drawnNodes() == size && rowsShown() > 0);
            WebElement box = browser.findElement(By.tagName("warrant-map-graph")).getShadowRoot()
                    .findElement(By.cssSelector(".box[data-id='" + first.id() + "'] rect"));
            new Actions(browser).moveToElement(box).click().perform();
            fastWait().until(d -> first.text().equals(Chromium.selectedOutlineRow(browser)));
            times.add((System.nanoTime() - start) / 1e6);
        }
        record("usable %,d nodes: runs %s ms; median %.0f ms (first run includes warm-up)".formatted(size, rounded(times),
                percentile(times.subList(1, times.size()), 50)));
    }

    /** Server heap after opening many editors of one map, beyond one editor already open (which loads shared data). */
    private void heapPerEditor(long mapId, int editors) {
        String url = "http://localhost:" + port + "/maps/" + mapId;
        browser.get(url);
        fastWait().until(d -> drawnNodes() > 0);
        long before = liveHeap();
        histogram(Path.of("target/bench/heap-histogram-before.txt"));
        for (int i = 0; i < editors; i++) {
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(url);
            fastWait().until(d -> drawnNodes() > 0 && rowsShown() > 0);
        }
        long after = liveHeap();
        histogram(Path.of("target/bench/heap-histogram.txt"));
        record("live heap for %d more open editors of a 2,000-node map: %,d kB in all, %,d kB per editor"
                .formatted(editors, (after - before) / 1024, (after - before) / 1024 / editors));
    }

    /** What the heap holds with all editors open, for finding out where the memory goes. */
    private static void histogram(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path jmap = Path.of(System.getProperty("java.home"), "bin", "jmap");
            new ProcessBuilder(jmap.toString(), "-histo:live", Long.toString(ProcessHandle.current().pid()))
                    .redirectOutput(file.toFile()).start().waitFor();
        } catch (Exception e) {
            System.err.println("No heap histogram: " + e);
        }
    }

    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) { // full collections until the figure settles
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private WebDriverWait fastWait() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.pollingEvery(Duration.ofMillis(5));
        return wait;
    }

    /** How many nodes the graph has drawn (laid out; only those in view are in the DOM), 0 before it has. */
    private long drawnNodes() {
        Object n = browser.executeScript("const g = document.querySelector('warrant-map-graph');"
                + "return g && g.dataset.nodes ? Number(g.dataset.nodes) : 0;");
        return ((Number) n).longValue();
    }

    private long rowsShown() {
        return ((Number) browser.executeScript("return document.querySelectorAll('vaadin-grid vaadin-grid-cell-content').length")).longValue();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String rounded(List<Double> times) {
        return times.stream().map(t -> Long.toString(Math.round(t))).toList().toString();
    }
}
