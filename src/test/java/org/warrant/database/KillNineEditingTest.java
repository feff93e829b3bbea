package org.warrant.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits an editor showed as saved survive SIGKILL (H2 with WRITE_DELAY=0, decision 0004). Three students edit
 * their maps at once through the edit service; the JVM is killed twenty times, each time after a random
 * number of acknowledged edits; after each kill the database must open, and every acknowledged edit must be
 * there (a node at the version acknowledged, or a later one whose acknowledgement the kill cut off).
 */
@Tag("slow")
class KillNineEditingTest {

    private static final Logger log = LoggerFactory.getLogger(KillNineEditingTest.class);
    private static final Duration STARTUP = Duration.ofSeconds(120);
    static final int KILLS = 20;

    @Test
    void acknowledged_edits_survive_twenty_kills_minus_nine() throws Exception {
        Path dataDir = Path.of("./target/edit-durability-" + System.nanoTime());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Long, Integer> acknowledged = new HashMap<>(); // node id -> highest version acknowledged
        int edits = 0;
        for (int kill = 1; kill <= KILLS + 1; kill++) {
            try (AppProcess app = AppProcess.start(EditProbeMain.class.getName(), dataDir)) {
                app.await("READY", STARTUP); // the database opened after the last kill
                assertAllThere(app, acknowledged, "after kill " + (kill - 1) + " (seed " + seed + ")");
                if (kill > KILLS) {
                    app.send("exit");
                    assertThat(app.waitForExit(Duration.ofSeconds(30))).isTrue();
                    break;
                }
                app.send("edit");
                int wanted = 1 + random.nextInt(300);
                for (int i = 0; i < wanted; i++) {
                    String[] ack = app.await("ACK ", Duration.ofSeconds(60)).split(" ");
                    acknowledged.merge(Long.parseLong(ack[1]), Integer.parseInt(ack[2]), Math::max);
                    edits++;
                }
                app.kill();
            }
        }
        log.info("{} kills -9 while three users edited: {} acknowledged edits of {} nodes, none lost (seed {})",
                KILLS, edits, acknowledged.size(), seed);
    }

    private static void assertAllThere(AppProcess app, Map<Long, Integer> acknowledged, String when) throws InterruptedException {
        app.send("dump");
        Map<Long, Integer> stored = new HashMap<>();
        for (String line = app.await("", Duration.ofSeconds(60)); !line.equals("DUMPED"); line = app.await("", Duration.ofSeconds(60))) {
            if (line.startsWith("NODE ")) {
                String[] node = line.split(" ");
                stored.put(Long.parseLong(node[1]), Integer.parseInt(node[2]));
            }
        }
        acknowledged.forEach((node, version) -> assertThat(stored.get(node))
                .as("node %d, acknowledged at version %d, %s", node, version, when).isNotNull().isGreaterThanOrEqualTo(version));
    }
}
