package org.warrant.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from the npm registry, pinned in {@code src/test/axe}) run in the page a real browser shows: it checks the
 * page against WCAG 2.1 A and AA and best practice, into Vaadin's shadow roots too, and returns what it found.
 */
public final class Axe {

    private static final Path SOURCE = Path.of("src/test/axe");
    private static final Path HOME = Path.of("target/axe");
    private static String script;

    /** One rule broken on a page: its id, how bad (minor, moderate, serious, critical), what to do, and where. */
    public record Violation(String rule, String impact, String help, List<String> where) {
        public boolean seriousOrWorse() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + String.join(", ", where.subList(0, Math.min(4, where.size())))
                    + (where.size() > 4 ? " and " + (where.size() - 4) + " more" : "");
        }
    }

    private Axe() {
    }

    public static synchronized String script() throws IOException, InterruptedException {
        if (script == null) {
            NpmPackage.install(SOURCE, HOME, List.of("package.json", "package-lock.json"), "node_modules/axe-core/axe.min.js");
            script = Files.readString(HOME.resolve("node_modules/axe-core/axe.min.js"));
        }
        return script;
    }

    /** Runs axe on the page as it is now (WCAG 2.0/2.1 A and AA, and best practices). */
    public static List<Violation> check(ChromeDriver browser) throws IOException, InterruptedException {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3)); // a long article has many nodes to check
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(script());
        }
        String json = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'],
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                  .then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical',
                    help: String(e), nodes: []}])));""");
        List<Violation> found = new ArrayList<>();
        for (JsonNode v : JsonMapper.builder().build().readTree(json)) {
            List<String> where = new ArrayList<>();
            v.path("nodes").forEach(n -> where.add(n.path("target").toString()
                    + (Boolean.getBoolean("axe.details") ? " " + n.path("failureSummary").asString("") + " " + n.path("html").asString("") : "")));
            found.add(new Violation(v.path("id").asString(), v.path("impact").asString("minor"), v.path("help").asString(), where));
        }
        return found;
    }
}
