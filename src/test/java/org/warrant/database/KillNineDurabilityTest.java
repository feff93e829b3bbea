package org.warrant.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A commit that Warrant acknowledged survives SIGKILL of its JVM (H2 with WRITE_DELAY=0). The app imports a
 * burst of articles, each its own transaction; the process is killed the moment the 50th is acknowledged,
 * while it goes on importing; a new process on the same file must find every acknowledged article.
 */
@Tag("slow")
class KillNineDurabilityTest {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    @Test
    void acknowledged_imports_survive_kill_minus_nine() throws Exception {
        Path dataDir = Path.of("./target/durability-" + System.nanoTime());
        int acknowledged = 50;
        try (AppProcess app = AppProcess.start(ProbeMain.class.getName(), dataDir)) {
            app.await("READY", STARTUP);
            app.send("import 1000 burst");
            app.await("ACK burst-" + acknowledged, Duration.ofSeconds(60));
            app.kill();
        }
        try (AppProcess restarted = AppProcess.start(ProbeMain.class.getName(), dataDir)) {
            restarted.await("READY", STARTUP);
            restarted.send("count burst");
            long found = Long.parseLong(restarted.await("COUNT ", Duration.ofSeconds(30)).substring(6));
            assertThat(found).isGreaterThanOrEqualTo(acknowledged);
            restarted.send("exit");
            assertThat(restarted.waitForExit(Duration.ofSeconds(30))).isTrue();
        }
    }
}
