package org.warrant.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Start-up seeding (accounts, seed articles, demo content: the application runners) on one instance at a time.
 * The first runner takes a PostgreSQL advisory lock on a connection of its own and the last releases it, so a
 * second instance starting at the same moment waits, then finds everything seeded and adds nothing. If the
 * holder dies, its connection closes and the lock goes with it.
 */
@Configuration(proxyBeanMethods = false)
class SeedingLock {

    /** Any number, the same in every instance: "seed" in ASCII. */
    static final long KEY = 0x73656564L;
    private static final Logger log = LoggerFactory.getLogger(SeedingLock.class);

    private final DataSource dataSource;
    private final Instance instance;
    private @Nullable Connection holder;

    SeedingLock(DataSource dataSource, Instance instance) {
        this.dataSource = dataSource;
        this.instance = instance;
    }

    /** A runner at a fixed place among the others (Spring orders runners by {@link Ordered}). */
    private record Step(int order, ApplicationRunner body) implements ApplicationRunner, Ordered {
        @Override
        public void run(ApplicationArguments args) throws Exception {
            body.run(args);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    @Bean
    ApplicationRunner takeSeedingLock() {
        return new Step(Ordered.HIGHEST_PRECEDENCE, this::take);
    }

    @Bean
    ApplicationRunner releaseSeedingLock() {
        return new Step(Ordered.LOWEST_PRECEDENCE, this::release);
    }

    private synchronized void take(ApplicationArguments args) throws SQLException {
        if (!instance.shared()) {
            return;
        }
        holder = dataSource.getConnection();
        try (Statement s = holder.createStatement()) {
            log.info("Waiting for any other instance to finish seeding");
            s.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
    }

    private synchronized void release(ApplicationArguments args) throws SQLException {
        if (holder == null) {
            return;
        }
        try (Connection c = holder; Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            holder = null;
        }
    }
}
