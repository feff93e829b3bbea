package org.warrant.cluster;

import java.util.List;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is on which map, across instances: each instance writes the people on its own editors to the database
 * and reads those of the others ({@code map_presence}). An instance refreshes its row in
 * {@code cluster_instance} every few seconds; once a row is {@link #STALE_SECONDS} old its instance is taken as
 * lost, removed with its people, and every instance is told. On H2 (one instance) every method does nothing.
 */
@Component
public class PresenceBoard {

    /** Someone on a map on some instance: the node they are editing, or null. */
    public record Present(String username, String name, @Nullable Long editing) {
    }

    static final int STALE_SECONDS = 15;
    /** Before this, an instance's row is stale: the instance is taken as lost. */
    private static final String STALE_BEFORE = "CURRENT_TIMESTAMP - CAST('" + STALE_SECONDS + " seconds' AS INTERVAL)";
    private static final Logger log = LoggerFactory.getLogger(PresenceBoard.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Instance instance;
    private final ApplicationEventPublisher events;
    private volatile boolean registered;

    PresenceBoard(JdbcClient jdbc, TransactionTemplate transaction, Instance instance, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.instance = instance;
        this.events = events;
    }

    /** Replaces this instance's people on a map, and tells the other instances. */
    public void publish(long mapId, List<Present> here) {
        if (!registered) {
            return;
        }
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM map_presence WHERE instance_id = ? AND map_id = ?").params(instance.id(), mapId).update();
            for (Present p : here) {
                jdbc.sql("INSERT INTO map_presence (instance_id, map_id, username, name, editing) VALUES (?, ?, ?, ?, ?)")
                        .params(instance.id(), mapId, p.username(), p.name(), p.editing()).update();
            }
            ChangeNotices.send(jdbc, Notice.presence(mapId, instance.id()));
        });
    }

    /** The people on a map on the other live instances. */
    public List<Present> elsewhere(long mapId) {
        if (!registered) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.username, p.name, p.editing FROM map_presence p JOIN cluster_instance i ON i.id = p.instance_id
                        WHERE p.map_id = ? AND p.instance_id <> ?
                          AND i.seen_at >=""" + " " + STALE_BEFORE)
                .params(mapId, instance.id())
                .query((rs, n) -> new Present(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class))).list();
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        if (instance.shared()) {
            insertThisInstance();
            registered = true;
            log.info("Instance {} joined the cluster", instance.id());
        }
    }

    /** This instance is alive; instances that stopped saying so are removed, and the maps they were on refreshed. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void heartbeat() {
        if (!registered) {
            return;
        }
        Set<Long> maps = transaction.execute(tx -> {
            if (jdbc.sql("UPDATE cluster_instance SET seen_at = CURRENT_TIMESTAMP WHERE id = ?").param(instance.id()).update() == 0) {
                insertThisInstance(); // taken for lost after a long pause: back in, and its people are written again
                events.publishEvent(new ClusterReconnected());
            }
            Set<Long> touched = Set.copyOf(jdbc.sql("SELECT DISTINCT p.map_id FROM map_presence p JOIN cluster_instance i "
                    + "ON i.id = p.instance_id WHERE i.seen_at < " + STALE_BEFORE).query(Long.class).list());
            int lost = jdbc.sql("DELETE FROM cluster_instance WHERE seen_at < " + STALE_BEFORE).update();
            if (lost > 0) {
                log.warn("{} instance(s) stopped refreshing their presence and are taken as lost", lost);
            }
            touched.forEach(mapId -> ChangeNotices.send(jdbc, Notice.presence(mapId, instance.id())));
            return touched;
        });
        if (maps != null) {
            maps.forEach(mapId -> events.publishEvent(new PresenceChangedElsewhere(mapId)));
        }
    }

    private void insertThisInstance() {
        jdbc.sql("INSERT INTO cluster_instance (id, started_at, seen_at) VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param(instance.id()).update();
    }

    @PreDestroy
    void unregister() {
        if (registered) {
            registered = false;
            try {
                List<Long> maps = jdbc.sql("SELECT DISTINCT map_id FROM map_presence WHERE instance_id = ?").param(instance.id())
                        .query(Long.class).list();
                transaction.executeWithoutResult(tx -> {
                    jdbc.sql("DELETE FROM cluster_instance WHERE id = ?").param(instance.id()).update();
                    maps.forEach(mapId -> ChangeNotices.send(jdbc, Notice.presence(mapId, instance.id())));
                });
            } catch (RuntimeException e) {
                log.warn("Could not remove instance {} from the cluster; the others will once it is stale", instance.id(), e);
            }
        }
    }
}
