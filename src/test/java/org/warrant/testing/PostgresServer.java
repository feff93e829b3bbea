package org.warrant.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A throwaway PostgreSQL server for the tests, from Debian's {@code postgresql} package (decision 0018): a new
 * cluster under {@code target/}, listening on a free loopback port only, with a watchdog that stops it when
 * this JVM is gone, however it ended. One per JVM; each caller gets a database of its own.
 */
public final class PostgresServer {

    private static @Nullable PostgresServer running;
    private static @Nullable PostgresServer durable;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private int databases;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** The JVM's server for tests, started on first use: it skips flushing to disk, as a test's data needn't outlive it. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            running = start(false);
        }
        return running;
    }

    /** A second server that flushes every commit to disk as production does, for benchmarks of durable commits. */
    public static synchronized PostgresServer durable() {
        if (durable == null) {
            durable = start(true);
        }
        return durable;
    }

    /** A new, empty database on the server; its JDBC URL. The user {@code warrant} owns it, without a password. */
    public synchronized String newDatabase(String prefix) {
        String name = prefix + "_" + (++databases);
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public static String user() {
        return "warrant";
    }

    public Path binaries() {
        return bin;
    }

    public int port() {
        return port;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), "");
    }

    private static PostgresServer start(boolean flushes) {
        Path bin = findBinaries();
        try {
            Path target = Path.of("target").toAbsolutePath();
            removeEmptyLeftovers(target);
            Path dataDir = Files.createTempDirectory(target, "postgres-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) { // PostgreSQL refuses to run as root: the cluster belongs to Debian's postgres user
                run(List.of("chown", "-R", "postgres:postgres", dataDir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", user(), "--auth=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync"), root);
            PostgresServer server = new PostgresServer(bin, dataDir, port);
            server.launch(root, flushes);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL from " + bin, e);
        }
    }

    /**
     * Starts the postmaster under a shell that watches this JVM: when the JVM's process is gone (tests ended,
     * crashed or were killed), the shell stops the server and deletes its files.
     */
    private void launch(boolean root, boolean flushes) throws IOException {
        String script = """
                "$1/postgres" -D "$2" -p "$3" -k "$2" -c listen_addresses=127.0.0.1 -c fsync="$5" \
                  -c full_page_writes="$5" -c max_connections=300 -c shared_buffers=128MB >"$2/server.log" 2>&1 &
                pg=$!
                while [ -d "/proc/$4" ] && kill -0 "$pg" 2>/dev/null; do sleep 1; done
                kill -INT "$pg" 2>/dev/null; wait "$pg"; rm -rf "$2"
                """;
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "watchdog", bin.toString(),
                dataDir.toString(), String.valueOf(port), String.valueOf(ProcessHandle.current().pid()), flushes ? "on" : "off"));
        new ProcessBuilder(root ? asPostgres(command) : command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(100); // polling the server's port until it accepts connections
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within 60 s; see "
                + dataDir.resolve("server.log"), last);
    }

    /** The watchdog (running as postgres) empties a server's folder but can't remove it from root's target/. */
    private static void removeEmptyLeftovers(Path target) throws IOException {
        try (Stream<Path> dirs = Files.list(target)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("postgres-")).toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    if (inside.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        Process p = new ProcessBuilder(asPostgres ? asPostgres(command) : command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static List<String> asPostgres(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** WARRANT_PG_BIN, or the newest /usr/lib/postgresql/N/bin of version 15 or later. */
    static Path findBinaries() {
        String configured = System.getenv("WARRANT_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .filter(v -> Integer.parseInt(v.getFileName().toString()) >= 15)
                        .filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not list " + debian, e);
            }
        }
        throw new IllegalStateException("""
                The PostgreSQL tests need a PostgreSQL 15+ server's programs and found none in /usr/lib/postgresql. \
                Install Debian's package (apt-get install postgresql; .ci/run does), or point WARRANT_PG_BIN at a \
                folder with initdb and postgres.""");
    }
}
