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

    /** Times an action {@code warmUp} times unmeasured, then {@code runs} times: a line with the median, p95, min and max. */
    static String timed(String what, int warmUp, int runs, java.util.function.LongSupplier action) {
        java.util.List<Double> times = new java.util.ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            long result = action.getAsLong();
            double ms = (System.nanoTime() - start) / 1e6;
            if (result == 0) {
                throw new IllegalStateException(what + " produced nothing");
            }
            if (i >= warmUp) {
                times.add(ms);
            }
        }
        java.util.List<Double> sorted = times.stream().sorted().toList();
        return "%s, %d runs after %d warm-up: median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms".formatted(what, runs, warmUp,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.getFirst(), sorted.getLast());
    }
}
