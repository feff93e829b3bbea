package org.warrant.cluster;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.warrant.WarrantApplication;
import org.warrant.testing.PostgresServer;

/** Whole Warrant instances in this JVM, each with its own web server on a free port, sharing one PostgreSQL database. */
final class Instances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** A new, empty database on the tests' server. */
    static String newDatabase() {
        return PostgresServer.get().newDatabase("cluster");
    }

    ConfigurableApplicationContext start(String databaseUrl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WarrantApplication.class)
                .profiles("demo", "test")
                .run("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + PostgresServer.user(),
                        "--spring.datasource.password=", "--server.port=0", "--management.server.port=0");
        synchronized (started) {
            started.add(context);
        }
        return context;
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
    }
}
