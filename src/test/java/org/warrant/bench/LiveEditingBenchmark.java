package org.warrant.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warrant.accounts.Role;
import org.warrant.editor.EditingRooms;
import org.warrant.editor.ui.EditorProbe;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapTree;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * Issue 5's figure: one edit of a 200-node map with 1, 30 and 200 editors open on it, each its own user and
 * session; the time from the edit's commit until every other editor has run its update (the outline, graph
 * and article brought up to date: what push then sends). Browserless, so the network and browsers are not
 * in it. Run on demand (see docs/benchmarks.md); {@code -Dbench.editors=1,30,200} chooses the rooms (in
 * argLine); writes target/bench/live-editing.txt.
 */
@WarrantTest(properties = "warrant.data-dir=./target/bench-data")
class LiveEditingBenchmark {

    static final int EDITS = 100;
    static final int WARM_UP = 30;

    @Autowired ApplicationContext spring;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    @Autowired ArticleService articles;
    @Autowired EditingRooms rooms;
    @Autowired TransactionTemplate transaction;

    @Test
    void commit_to_every_editor_updated() throws Exception {
        as("student1", Role.STUDENT);
        Article paper = articles.find(articles.list("Qarabagh Crisis").getFirst().id()).orElseThrow();
        long mapId = org.warrant.bench.LargeMaps.create(maps, edits, paper, 200, 5);
        maps.share(mapId, true); // every bench user may open it
        StringBuilder report = new StringBuilder();
        List<Integer> counts = java.util.Arrays.stream(System.getProperty("bench.editors", "1,30,200").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        for (int editors : counts) {
            long start = System.nanoTime();
            report.append(run(mapId, editors)).append('\n');
            System.out.printf("BENCH %d editors done in %.0f s%n", editors, (System.nanoTime() - start) / 1e9);
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/live-editing.txt"), report);
        System.out.print("BENCH " + report);
    }

    private String run(long mapId, int editors) throws Exception {
        List<Double> times = new ArrayList<>();
        try (SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext.createSecured(spring, EditorProbe.view())) {
            List<Component> views = new ArrayList<>();
            List<BrowserlessUIContext> windows = new ArrayList<>();
            List<VaadinSession> sessions = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                BrowserlessUserContext user = app.newUser("bench" + i, "STUDENT");
                BrowserlessUIContext window = user.newWindow();
                views.add(window.navigate("maps/" + mapId, EditorProbe.view()));
                windows.add(window);
                sessions.add(user.getSession());
            }
            assertThat(rooms.seats(mapId)).isEqualTo(editors);
            // In a server a session is locked only while one of its requests runs; here the test holds them all.
            List<Integer> holds = sessions.stream().map(LiveEditingBenchmark::release).toList();
            UI.setCurrent(null); // the edit comes from no open editor: every editor is to be told
            as("student1", Role.STUDENT);
            MapNode node = MapTree.of(maps.open(mapId).nodes()).roots().getFirst();
            int version = node.version();
            for (int i = 0; i < EDITS + WARM_UP; i++) {
                long[] committed = new long[1];
                int basedOn = version;
                int n = i;
                MapNode saved = transaction.execute(status -> {
                    // the clock starts at the commit itself; the editors are told from the same moment on
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            committed[0] = System.nanoTime();
                        }
                    });
                    return edits.editText(node.id(), basedOn, "Claim, version " + n);
                });
                rooms.awaitDispatched();
                double ms = (System.nanoTime() - committed[0]) / 1e6;
                String text = saved.text();
                assertThat(views).as("every editor has run its update, not merely queued it")
                        .allMatch(v -> EditorProbe.shownText(v, node.id()).equals(text));
                version = saved.version();
                if (i >= WARM_UP) {
                    times.add(ms);
                }
                sendResponses(windows, sessions, holds);
                as("student1", Role.STUDENT);
                UI.setCurrent(null);
            }
            String last = "Claim, version " + (EDITS + WARM_UP - 1);
            assertThat(views).allMatch(v -> EditorProbe.shownText(v, node.id()).equals(last));
            for (int i = 0; i < sessions.size(); i++) {
                for (int h = 0; h < holds.get(i); h++) {
                    sessions.get(i).lock();
                }
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        return "%3d editors, %d edits of a 200-node map: p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(editors, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.getLast());
    }

    /**
     * What push does after each update, outside the measured time: the changes go to the (here absent) browser,
     * so they do not pile up in the UIs.
     */
    static void sendResponses(List<BrowserlessUIContext> windows, List<VaadinSession> sessions, List<Integer> holds) {
        for (int i = 0; i < windows.size(); i++) {
            VaadinSession session = sessions.get(i);
            for (int h = 0; h < holds.get(i); h++) {
                session.lock();
            }
            windows.get(i).roundTrip();
            // as writing the response does: the browser has the JavaScript calls (the grid's data updates)
            windows.get(i).getUI().getInternals().dumpPendingJavaScriptInvocations();
            release(session);
        }
    }

    static int release(VaadinSession session) {
        ReentrantLock lock = (ReentrantLock) session.getLockInstance();
        int holds = lock.getHoldCount();
        for (int h = 0; h < holds; h++) {
            lock.unlock();
        }
        return holds;
    }
}
