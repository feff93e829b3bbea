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

/** A Warrant JVM started by a test, with its output as a queue of lines to wait on (no sleeps). */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = java.util.Collections.synchronizedList(new ArrayList<>());

    private AppProcess(Process process) {
        this.process = process;
        this.stdin = new PrintWriter(process.getOutputStream(), true);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
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
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass,
                "--warrant.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=demo",
                "--vaadin.frontend.hotdeploy=false", "--logging.level.root=WARN")
                .redirectErrorStream(true);
        return new AppProcess(builder.start());
    }

    long pid() {
        return process.pid();
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

    /** SIGKILL on Unix: no shutdown hooks, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
