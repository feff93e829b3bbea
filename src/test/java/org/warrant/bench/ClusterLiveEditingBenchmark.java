package org.warrant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warrant.WarrantApplication;
import org.warrant.accounts.Role;
import org.warrant.editor.EditingRooms;
import org.warrant.editor.ui.EditorProbe;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.PostgresServer;
import org.warrant.testing.SignedIn;

/**
 * Issue 15's figure: one edit of a 200-node map with 200 editors open on it, first all on one instance, then
 * 100 on each of two instances sharing a PostgreSQL database (the change reaches the second through
 * NOTIFY and a read of the map). The time from the edit's commit on the first instance until every editor
 * on both has run its update. Browserless, as {@link LiveEditingBenchmark}; both instances in this JVM.
 * Run on demand (docs/benchmarks.md); writes target/bench/cluster-live-editing.txt.
 */
class ClusterLiveEditingBenchmark {

    static final int EDITS = 100;
    static final int WARM_UP = 30;
    static final int EDITORS = 200;

    @Test
    void commit_to_every_editor_updated_on_one_and_on_two_instances() throws Exception {
        String db = PostgresServer.get().newDatabase("bench_cluster");
        try (ConfigurableApplicationContext a = start(db); ConfigurableApplicationContext b = start(db)) {
            use(a);
            SignedIn.as("student1", Role.STUDENT);
            Article paper = a.getBean(ArticleService.class).find(a.getBean(ArticleService.class).list("Qarabagh Crisis").getFirst().id())
                    .orElseThrow();
            long mapId = LargeMaps.create(a.getBean(MapService.class), a.getBean(MapEditService.class), paper, 200, 5);
            a.getBean(MapService.class).share(mapId, true);
            String one = run(a, b, mapId, EDITORS, 0);
            String two = run(a, b, mapId, EDITORS / 2, EDITORS / 2);
            String report = "one instance:  " + one + "\ntwo instances: " + two + "\n";
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/cluster-live-editing.txt"), report);
            System.out.print("BENCH " + report);
        }
    }

    private static ConfigurableApplicationContext start(String db) {
        return new SpringApplicationBuilder(WarrantApplication.class).profiles("demo", "test")
                .run("--spring.datasource.url=" + db, "--spring.datasource.username=" + PostgresServer.user(), "--spring.datasource.password=",
                        "--server.port=0", "--management.server.port=0", "--logging.level.root=WARN");
    }

    private static void use(ConfigurableApplicationContext instance) {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
    }

    private static String run(ConfigurableApplicationContext a, ConfigurableApplicationContext b, long mapId, int onA, int onB) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Room roomA = Room.open(a, mapId, onA, "a"); Room roomB = Room.open(b, mapId, onB, "b")) {
            use(a);
            SignedIn.as("student1", Role.STUDENT);
            MapService maps = a.getBean(MapService.class);
            MapEditService edits = a.getBean(MapEditService.class);
            TransactionTemplate transaction = a.getBean(TransactionTemplate.class);
            MapNode node = MapTree.of(maps.open(mapId).nodes()).roots().getFirst();
            int version = node.version();
            for (int i = 0; i < EDITS + WARM_UP; i++) {
                long[] committed = new long[1];
                int basedOn = version;
                String text = "Claim, version " + i + " of " + onA + "/" + onB;
                UI.setCurrent(null); // the edit comes from no open editor: every editor is to be told
                MapNode saved = transaction.execute(status -> {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            committed[0] = System.nanoTime();
                        }
                    });
                    return edits.editText(node.id(), basedOn, text);
                });
                roomA.awaitShown(node.id(), text);
                roomB.awaitShown(node.id(), text);
                double ms = (System.nanoTime() - committed[0]) / 1e6;
                version = saved.version();
                if (i >= WARM_UP) {
                    times.add(ms);
                }
                roomA.sendResponses();
                roomB.sendResponses();
                use(a);
                SignedIn.as("student1", Role.STUDENT);
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        return "%3d + %3d editors, %d edits of a 200-node map: p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(onA, onB, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.getLast());
    }

    /** The editors open on one instance, browserless, each its own user and session. */
    private record Room(EditingRooms rooms, SecuredBrowserlessApplicationContext<Authentication> app, List<Component> views,
                        List<BrowserlessUIContext> windows, List<VaadinSession> sessions, List<Integer> holds) implements AutoCloseable {

        static Room open(ConfigurableApplicationContext instance, long mapId, int editors, String prefix) {
            use(instance);
            var app = SpringBrowserlessApplicationContext.createSecured(instance, EditorProbe.view());
            List<Component> views = new ArrayList<>();
            List<BrowserlessUIContext> windows = new ArrayList<>();
            List<VaadinSession> sessions = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                BrowserlessUserContext user = app.newUser("bench-" + prefix + i, "STUDENT");
                BrowserlessUIContext window = user.newWindow();
                views.add(window.navigate("maps/" + mapId, EditorProbe.view()));
                windows.add(window);
                sessions.add(user.getSession());
            }
            EditingRooms rooms = instance.getBean(EditingRooms.class);
            assertThat(rooms.seats(mapId)).isEqualTo(editors);
            // In a server a session is locked only while one of its requests runs; here the benchmark holds them all.
            List<Integer> holds = sessions.stream().map(LiveEditingBenchmark::release).toList();
            return new Room(rooms, app, views, windows, sessions, holds);
        }

        /** Until every editor here shows the text: the other instance's change arrives on its own, so this spins. */
        void awaitShown(long nodeId, String text) throws Exception {
            while (!views.stream().allMatch(v -> EditorProbe.shownText(v, nodeId).equals(text))) {
                rooms.awaitDispatched();
                Thread.onSpinWait();
            }
        }

        /** What push does after each update, outside the measured time (see LiveEditingBenchmark). */
        void sendResponses() {
            LiveEditingBenchmark.sendResponses(windows, sessions, holds);
        }

        @Override
        public void close() {
            for (int i = 0; i < sessions.size(); i++) {
                for (int h = 0; h < holds.get(i); h++) {
                    sessions.get(i).lock();
                }
            }
            app.close();
        }
    }
}
