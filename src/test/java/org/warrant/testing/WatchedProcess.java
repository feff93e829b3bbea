package org.warrant.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server a test starts (a Warrant instance, nginx) under a shell that watches the test's JVM: when the JVM is
 * gone, however it ended, the shell kills the server, so no test leaves one running. The server's output goes
 * to a log file; {@link #kill()} is {@code kill -9} of the server itself.
 */
public final class WatchedProcess implements AutoCloseable {

    private final Process watchdog;
    private final long pid;
    private final Path log;

    private WatchedProcess(Process watchdog, long pid, Path log) {
        this.watchdog = watchdog;
        this.pid = pid;
        this.log = log;
    }

    public static WatchedProcess start(List<String> command, Path log) throws IOException {
        String script = """
                "$@" >"$LOG" 2>&1 &
                server=$!
                echo "$server"
                while [ -d "/proc/$PARENT" ] && kill -0 "$server" 2>/dev/null; do sleep 1; done
                kill "$server" 2>/dev/null; sleep 5; kill -9 "$server" 2>/dev/null
                """;
        List<String> full = new ArrayList<>(List.of("bash", "-c", script, "watchdog"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LOG", log.toAbsolutePath().toString());
        builder.environment().put("PARENT", String.valueOf(ProcessHandle.current().pid()));
        Process watchdog = builder.start();
        String first = new BufferedReader(new InputStreamReader(watchdog.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (first == null) {
            throw new IOException("Could not start " + command);
        }
        return new WatchedProcess(watchdog, Long.parseLong(first.strip()), log);
    }

    public long pid() {
        return pid;
    }

    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public Path log() {
        return log;
    }

    /** kill -9: the server gets no chance to close anything. */
    public void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        watchdog.destroy();
    }
}
