package org.warrant.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.exchange.ArgdownService;
import org.warrant.exchange.DiagramService;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.ArgdownParser;
import org.warrant.testing.WarrantTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's figures, run on demand (docs/benchmarks.md): Argdown export and import of a 10,000-node map (≤ 300 ms,
 * ≤ 1 s), Warrant's reading of that Argdown beside @argdown/core's parse and model of it in one run, and the SVG
 * (≤ 1 s) and PNG (≤ 3 s) of a 2,000-node map. Writes target/bench/exchange.txt.
 */
@WarrantTest(properties = "warrant.data-dir=./target/bench-data/exchange")
@WithMockUser(username = "student1", roles = "STUDENT")
class ExchangeBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Autowired ArgdownService argdown;
    @Autowired DiagramService diagrams;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;

    @Test
    void argdown_and_pictures_of_large_maps() throws Exception {
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long large = LargeMaps.create(maps, edits, paper, 10_000, 4);
        long medium = LargeMaps.create(maps, edits, paper, 2_000, 2);
        String text = new String(argdown.export(large).content(), StandardCharsets.UTF_8);
        Path file = BenchReports.file("map-10000.argdown");
        Files.writeString(file, text);
        List<String> report = new ArrayList<>();
        report.add("Argdown of a 10,000-node map: %,d characters, %,d lines".formatted(text.length(), text.lines().count()));
        report.add(timed("Argdown export (read the map, write Argdown)", () -> argdown.export(large).content().length));
        report.add(timed("Argdown read (parse and model, Warrant)", () -> argdown.read(text).nodes().size()));
        JsonNode reference = ArgdownParser.time(file, WARM_UP, RUNS);
        report.add("@argdown/core parse and model of the same file, %d runs after %d warm-up: median %.0f ms, min %.0f ms, max %.0f ms (%d statements)"
                .formatted(RUNS, WARM_UP, reference.path("median").asDouble(), reference.path("min").asDouble(), reference.path("max").asDouble(),
                        reference.path("statements").asInt()));
        report.add(timed("Argdown import as a new map (read, find the quotes, check, write to H2)", () -> argdown.importAsMap(text, "x", null)));
        ReadMap read = argdown.read(text);
        report.add("read: %,d nodes, %d problems, %d left out".formatted(read.nodes().size(), read.problems().size(), read.dropped().size()));
        Files.write(BenchReports.file("map-2000.svg"), diagrams.svg(medium, null, false).content());
        report.add(timed("SVG of a 2,000-node map", () -> diagrams.svg(medium, null, false).content().length));
        report.add(timed("SVG of a 2,000-node map with quotes", () -> diagrams.svg(medium, null, true).content().length));
        report.add(timed("PNG of a 2,000-node map (2x, or less for a drawing that large)", () -> diagrams.png(medium, null, false).content().length));
        Files.write(BenchReports.file("exchange.txt"), report);
        report.forEach(line -> System.out.println("BENCH " + line));
    }

    private static String timed(String what, LongSupplier action) {
        return BenchReports.timed(what, WARM_UP, RUNS, action);
    }
}
