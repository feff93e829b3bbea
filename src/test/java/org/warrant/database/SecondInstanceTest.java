package org.warrant.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.warrant.WarrantApplication;

/** A second Warrant on a database file another one holds stops quickly, says why, and harms nothing. */
@Tag("slow")
class SecondInstanceTest {

    @Test
    void a_second_process_on_the_same_database_stops_within_ten_seconds_naming_file_and_holder() throws Exception {
        Path dataDir = Path.of("./target/second-instance-" + System.nanoTime());
        try (AppProcess first = AppProcess.start(ProbeMain.class.getName(), dataDir)) {
            first.await("READY", Duration.ofSeconds(120));
            first.send("import 1 before");
            first.await("ACK before-1", Duration.ofSeconds(30));

            try (AppProcess second = AppProcess.start(WarrantApplication.class.getName(), dataDir)) {
                assertThat(second.waitForExit(Duration.ofSeconds(10))).as("second process stopped within 10 s").isTrue();
                assertThat(second.exitValue()).isNotZero();
                assertThat(second.transcript())
                        .contains("is locked by another process")
                        .contains(dataDir.resolve("warrant.mv.db").toAbsolutePath().normalize().toString())
                        .contains("Warrant process " + first.pid());
            }

            first.send("import 1 after");
            first.await("ACK after-1", Duration.ofSeconds(30));
            first.send("count before");
            assertThat(first.await("COUNT ", Duration.ofSeconds(30))).isEqualTo("COUNT 1");
            first.send("exit");
            assertThat(first.waitForExit(Duration.ofSeconds(30))).isTrue();
        }
    }
}
