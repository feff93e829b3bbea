package org.warrant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.editor.ui.EditorProbe;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * The server's side of adding a node to a 2,000-node map in the editor (issue 3): Enter on a selected row,
 * through the edit service, the reload of the map and the outline, to the response being ready
 * (browserless round trip). Network and the browser's rendering are not in it. Run on demand (see
 * docs/benchmarks.md); writes target/bench/add-node.txt.
 */
@WarrantTest(properties = "warrant.data-dir=./target/bench-data")
@WithMockUser(username = "student1", roles = "STUDENT")
class AddNodeBenchmark extends SpringBrowserlessTest {

    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;

    @Test
    void add_node_round_trip_on_the_server() throws Exception {
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long mapId = LargeMaps.create(maps, edits, paper, 2_000, 3);
        Component view = navigate("maps/" + mapId, EditorProbe.view());
        EditorProbe.selectFirstClaim(view);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            EditorProbe.addSibling(view);
            roundTrip();
            double ms = (System.nanoTime() - start) / 1e6;
            EditorProbe.stopTyping(view);
            if (i >= 100) { // the first hundred warm the JIT and the database
                times.add(ms);
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        String line = "add a node to a 2,000-node map, server side, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.getLast());
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/add-node.txt"), line + "\n");
        System.out.println("BENCH " + line);
    }
}
