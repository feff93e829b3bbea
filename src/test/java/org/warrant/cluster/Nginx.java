package org.warrant.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.warrant.testing.WatchedProcess;

/** Debian's nginx in front of two instances, configured from the templates in deploy/nginx, on a free loopback port. */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("warrant.nginx", "/usr/sbin/nginx"));

    final int port;
    private final WatchedProcess process;

    private Nginx(int port, WatchedProcess process) {
        this.port = port;
        this.process = process;
    }

    static Nginx start(String instanceA, String instanceB, Path dir) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("The cluster test needs Debian's nginx: apt-get install nginx (.ci/run does); looked for " + BINARY);
        }
        int port = InstanceProcess.freePort();
        Path temp = Files.createDirectories(dir.resolve("nginx-tmp"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxrwxrwx")); // workers run as nobody under root
        Files.writeString(dir.resolve("warrant.conf"), Files.readString(Path.of("deploy/nginx/warrant.conf.template"))
                .replace("@INSTANCE_A@", instanceA).replace("@INSTANCE_B@", instanceB).replace("@LISTEN@", "127.0.0.1:" + port));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, Files.readString(Path.of("deploy/nginx/loopback.conf.template")).replace("@DIR@", dir.toAbsolutePath().toString()));
        WatchedProcess process = WatchedProcess.start(List.of(BINARY.toString(), "-c", conf.toAbsolutePath().toString(), "-g", "daemon off;"),
                dir.resolve("nginx.out"));
        Nginx nginx = new Nginx(port, process);
        nginx.awaitListening(Duration.ofSeconds(20));
        return nginx;
    }

    private void awaitListening(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.alive()) {
                    throw new AssertionError("nginx stopped: " + Files.readString(process.log()));
                }
                Thread.sleep(100); // polling a port
            }
        }
        throw new AssertionError("nginx not listening on " + port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
