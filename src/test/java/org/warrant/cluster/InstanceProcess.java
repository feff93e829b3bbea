package org.warrant.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.warrant.WarrantApplication;
import org.warrant.testing.PostgresServer;
import org.warrant.testing.WatchedProcess;

/** A Warrant instance in a JVM of its own (so that it can be killed), on a PostgreSQL database, with a route for nginx. */
final class InstanceProcess implements AutoCloseable {

    final String route;
    final int port;
    final int managementPort;
    private final WatchedProcess process;

    private InstanceProcess(String route, int port, int managementPort, WatchedProcess process) {
        this.route = route;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    static InstanceProcess start(String route, String databaseUrl, Path logs) throws IOException {
        int port = freePort();
        int management = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(logs);
        WatchedProcess process = WatchedProcess.start(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                WarrantApplication.class.getName(), "--spring.profiles.active=demo", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + PostgresServer.user(), "--spring.datasource.password=",
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=" + management,
                "--warrant.instance.route=" + route, "--warrant.backup.schedule=-", "--vaadin.frontend.hotdeploy=false"),
                logs.resolve("instance-" + route + ".log"));
        return new InstanceProcess(route, port, management, process);
    }

    /** Polls the instance's readiness until it answers UP (start-up takes seconds; there is nothing to wait on but its port). */
    InstanceProcess awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new AssertionError("Instance " + route + " stopped:\n" + Files.readString(process.log()));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250); // polling a port; there is no event to wait on in another process
        }
        throw new AssertionError("Instance " + route + " not ready within " + timeout + ":\n" + Files.readString(process.log()));
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
