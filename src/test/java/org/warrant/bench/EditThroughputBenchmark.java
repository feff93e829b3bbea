package org.warrant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;
import org.warrant.WarrantApplication;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.PostgresServer;
import org.warrant.testing.SignedIn;

/**
 * Issue 15's comparison: edits per second through the edit service on the embedded H2 file and on PostgreSQL,
 * side by side in one run, each commit durable (H2 with WRITE_DELAY=0; PostgreSQL with fsync on). The mix:
 * per student, on a map of their own, half new nodes and half text edits of an existing node; 1 and 4 students
 * at once. Run on demand (docs/benchmarks.md); writes target/bench/edit-throughput.txt.
 */
class EditThroughputBenchmark {

    static final int EDITS_PER_STUDENT = 600;
    static final int WARM_UP = 200;

    @Test
    void edits_per_second_on_h2_and_on_postgresql() throws Exception {
        Path h2Dir = Path.of("target/bench-data/throughput");
        FileSystemUtils.deleteRecursively(h2Dir);
        String h2 = "jdbc:h2:file:" + h2Dir.toAbsolutePath().resolve("warrant") + ";WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0";
        String postgres = PostgresServer.durable().newDatabase("bench_throughput");
        List<String> report = new ArrayList<>();
        for (int students : new int[] {1, 4}) {
            report.add(run("H2        ", h2, "sa", students));
            report.add(run("PostgreSQL", postgres, PostgresServer.user(), students));
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/edit-throughput.txt"), report);
        report.forEach(line -> System.out.println("BENCH " + line));
    }

    private static String run(String name, String url, String user, int students) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WarrantApplication.class).profiles("demo", "test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                        "--server.port=0", "--management.server.port=0", "--logging.level.root=WARN")) {
            SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
            SecurityContextHolder.setContextHolderStrategy(security);
            SignedIn.as("student1", Role.STUDENT);
            ArticleService articles = app.getBean(ArticleService.class);
            Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
            List<Long> maps = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                maps.add(LargeMaps.create(app.getBean(MapService.class), app.getBean(MapEditService.class), paper, 200, s));
            }
            var auth = security.getContext().getAuthentication();
            ExecutorService pool = Executors.newFixedThreadPool(students);
            List<Callable<Long>> work = maps.stream().<Callable<Long>>map(mapId -> () -> {
                security.getContext().setAuthentication(auth);
                return edit(app, mapId);
            }).toList();
            List<Future<Long>> done = pool.invokeAll(work);
            long slowest = 0;
            for (Future<Long> f : done) {
                slowest = Math.max(slowest, f.get());
            }
            pool.shutdown();
            int measured = students * (EDITS_PER_STUDENT - WARM_UP);
            return "%s %d student(s): %,d edits in %.2f s, %,.0f edits/s".formatted(name, students, measured, slowest / 1e9,
                    measured / (slowest / 1e9));
        }
    }

    /** The mix on one map; returns the nanoseconds the measured part took. */
    private static long edit(ConfigurableApplicationContext app, long mapId) {
        MapService maps = app.getBean(MapService.class);
        MapEditService edits = app.getBean(MapEditService.class);
        MapNode claim = MapTree.of(maps.open(mapId).nodes()).roots().getFirst();
        int version = claim.version();
        Random random = new Random(mapId);
        long start = 0;
        for (int i = 0; i < EDITS_PER_STUDENT; i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
            }
            if (random.nextBoolean()) {
                edits.add(mapId, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Reason " + i);
            } else {
                version = edits.editText(claim.id(), version, "Claim, version " + i).version();
            }
        }
        return System.nanoTime() - start;
    }
}
