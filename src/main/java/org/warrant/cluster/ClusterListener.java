package org.warrant.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the other instances: one connection of its own, outside the pool, that {@code LISTEN}s on the cluster's
 * channel, and a thread that turns each notice from another instance into an application event. When the
 * connection drops it reconnects, and says so ({@link ClusterReconnected}): what was sent meanwhile is lost.
 */
@Component
class ClusterListener {

    private static final Logger log = LoggerFactory.getLogger(ClusterListener.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(15);

    private final Instance instance;
    private final ApplicationEventPublisher events;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private volatile boolean listening;
    private final java.util.concurrent.CountDownLatch firstListen = new java.util.concurrent.CountDownLatch(1);
    private Thread thread;

    ClusterListener(Instance instance, ApplicationEventPublisher events, @Value("${spring.datasource.url:}") String url,
                    @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.instance = instance;
        this.events = events;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts hearing, and waits (a little) until it does: an instance that says it is ready must not miss a
     * change another instance commits the moment after. If the database is slow to answer, it goes on
     * without waiting longer; health says it is not hearing yet.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() throws InterruptedException {
        if (instance.shared() && thread == null) {
            thread = Thread.ofPlatform().name("cluster-listener").daemon().start(this::run);
            if (!firstListen.await(STARTUP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("Not hearing the other instances yet after {} s; going on, and still trying", STARTUP_WAIT.toSeconds());
            }
        }
    }

    /** True while the connection that hears the other instances is up (for health). */
    boolean listening() {
        return !instance.shared() || listening;
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + ChangeNotices.CHANNEL);
                }
                listening = true;
                firstListen.countDown();
                if (!first) {
                    log.info("Hearing the other instances again");
                    events.publishEvent(new ClusterReconnected());
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(1000);
                    if (heard != null) {
                        for (PGNotification n : heard) {
                            Notice.decode(n.getParameter()).filter(notice -> !notice.from().equals(instance.id())).ifPresent(this::publish);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Lost the connection that hears other Warrant instances; retrying in {} s: {}", RETRY.toSeconds(), e.toString());
                    pause();
                }
            }
        }
    }

    private void publish(Notice notice) {
        try {
            if (notice.kind() == 'c') {
                events.publishEvent(new MapChangedElsewhere(notice.mapId(), notice.comments(), notice.millis()));
            } else {
                events.publishEvent(new PresenceChangedElsewhere(notice.mapId()));
            }
        } catch (RuntimeException e) { // one listener's failure must not stop the others hearing later notices
            log.warn("Handling {} failed", notice, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(Duration.ofSeconds(3));
        }
    }
}
