package org.warrant.cluster;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.maps.MapChangedEvent;

/**
 * Tells the other instances of every change to a map, inside the transaction that makes it: PostgreSQL delivers
 * a {@code NOTIFY} only when that transaction commits, and never when it rolls back, so the others hear exactly
 * the changes that were acknowledged. The message names the map, not the change: they read the map themselves.
 */
@Component
class ChangeNotices {

    static final String CHANNEL = "warrant_cluster";

    private final JdbcClient jdbc;
    private final Instance instance;

    ChangeNotices(JdbcClient jdbc, Instance instance) {
        this.jdbc = jdbc;
        this.instance = instance;
    }

    @EventListener
    void changed(MapChangedEvent change) {
        if (instance.shared()) {
            send(jdbc, Notice.change(change.mapId(), change.comments(), System.currentTimeMillis(), instance.id()));
        }
    }

    static void send(JdbcClient jdbc, Notice notice) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, notice.encode()).query().singleValue();
    }
}
