package org.warrant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.FileSystemUtils;
import org.warrant.export.OutlineService;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * Export and import of a 10,000-node map as a Markdown outline (issue 4: each at most 300 ms warm), through
 * the services as the editor and the import view call them: export reads the map and writes the outline;
 * import parses it, finds its articles and quotes, checks every rule and writes the new map to the H2 file
 * database. Run on demand (docs/benchmarks.md); writes target/bench/outline.txt.
 */
@WarrantTest(properties = "warrant.data-dir=" + OutlineBenchmark.DATA)
@WithMockUser(username = "student1", roles = "STUDENT")
class OutlineBenchmark {

    static final String DATA = "./target/bench-data/outline";
    private static final int WARM_UP = 8;
    private static final int RUNS = 15;

    @Autowired OutlineService outlines;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;

    /** A fresh database each run: every run imports into a file of the same size. */
    @BeforeAll
    static void freshDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of(DATA));
    }

    @Test
    void export_and_import_of_a_10000_node_map() throws Exception {
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long mapId = LargeMaps.create(maps, edits, paper, 10_000, 4);
        String markdown = outlines.export(mapId).markdown();
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/outline-10000.md"), markdown);
        List<String> report = new ArrayList<>();
        report.add("outline of a 10,000-node map: %,d characters, %,d lines".formatted(markdown.length(), markdown.lines().count()));
        // the machine's speed at the time: the same CPU-bound work every run (it varies by a third over minutes)
        com.vladsch.flexmark.parser.Parser plain = com.vladsch.flexmark.parser.Parser.builder().build();
        report.add(timed("reference: plain single-threaded Flexmark parse of the outline", () -> plain.parse(markdown).getTextLength()));
        report.add(timed("export", () -> outlines.export(mapId).markdown().length()));
        report.add(timed("import", () -> outlines.importOutline(markdown, "unused", null)));
        Files.write(BenchReports.file("outline.txt"), report);
        report.forEach(line -> System.out.println("BENCH " + BenchReports.database() + " " + line));
    }

    private static String timed(String what, LongSupplier action) {
        return BenchReports.timed(what, WARM_UP, RUNS, action);
    }
}
