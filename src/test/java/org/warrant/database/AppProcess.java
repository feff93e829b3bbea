package org.warrant.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Warrant JVM started by a test, with its output as a queue of lines to wait on (no sleeps). It runs under a
 * shell that watches the test's JVM and kills it when that is gone, so a test run stopped halfway leaves none
 * behind holding a port or a database file.
 */
final class AppProcess implements AutoCloseable {

    private static final String WATCHDOG = """
            "$@" <&0 &
            child=$!
            echo "PID $child"
            while [ -d "/proc/$PARENT" ] && kill -0 "$child" 2>/dev/null; do sleep 1; done
            kill -9 "$child" 2>/dev/null
            wait "$child"
            """;

    private final Process process;
    private final long childPid;
    private final PrintWriter stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = java.util.Collections.synchronizedList(new ArrayList<>());

    private AppProcess(Process process) throws IOException {
        this.process = process;
        this.stdin = new PrintWriter(process.getOutputStream(), true);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String first = out.readLine(); // the watchdog names the JVM it started
        if (first == null || !first.startsWith("PID ")) {
            throw new IOException("The watchdog did not start the JVM: " + first);
        }
        this.childPid = Long.parseLong(first.substring(4).strip());
        Thread.ofVirtual().start(() -> {
            try (out) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    transcript.add(line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
    }

    static AppProcess start(String mainClass, Path dataDir) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", WATCHDOG, "watchdog", java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), mainClass, "--warrant.data-dir=" + dataDir, "--server.port=0",
                "--management.server.port=0", "--warrant.backup.schedule=-", "--spring.profiles.active=demo",
                "--vaadin.frontend.hotdeploy=false", "--logging.level.root=WARN")
                .redirectErrorStream(true);
        builder.environment().put("PARENT", String.valueOf(ProcessHandle.current().pid()));
        return new AppProcess(builder.start());
    }

    /** The Warrant JVM's process id (not its watchdog's). */
    long pid() {
        return childPid;
    }

    void send(String command) {
        stdin.println(command);
    }

    /** The next line that starts with the prefix, skipping log lines; fails after the timeout. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("No '" + prefix + "' within " + timeout + ". Output:\n" + String.join("\n", transcript));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    String transcript() {
        synchronized (transcript) {
            return String.join("\n", transcript);
        }
    }

    /** SIGKILL of the Warrant JVM: no shutdown hooks, no flushing. Its watchdog then ends too. */
    void kill() throws InterruptedException {
        ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
