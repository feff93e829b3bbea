package org.warrant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.warrant.testing.TestDatabase;

/**
 * Where a benchmark writes its figures: target/bench/ on H2, target/bench/postgresql/ when the build's second
 * test run has it on PostgreSQL, so one {@code -Dtest=...} run leaves both side by side.
 */
final class BenchReports {

    private BenchReports() {
    }

    static Path file(String name) throws IOException {
        Path dir = TestDatabase.postgres() ? Path.of("target/bench/postgresql") : Path.of("target/bench");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    static String database() {
        return TestDatabase.postgres() ? "PostgreSQL" : "H2";
    }
}
