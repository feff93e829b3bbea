package org.warrant.maps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/**
 * Writes the map's history, inside the transaction of the change it describes (so a change that rolls back
 * leaves no line), and reads it back. Access is checked by the services that call it.
 */
@Component
public class ActivityLog {

    private static final int QUOTED = 60;

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long mapId, String username, String action, Long nodeId, String summary) {
        String s = summary.length() > 600 ? summary.substring(0, 599) + "…" : summary;
        jdbc.sql("INSERT INTO map_activity (map_id, at, username, action, node_id, summary) VALUES (?, ?, ?, ?, ?, ?)")
                .params(mapId, SqlTime.of(clock.instant()), username, action, nodeId, s).update();
    }

    /** Oldest first; {@code name} still holds the username (the service puts display names in). */
    public List<MapActivity> of(long mapId) {
        return jdbc.sql("SELECT id, at, username, action, node_id, summary FROM map_activity WHERE map_id = ? ORDER BY id")
                .param(mapId)
                .query((rs, n) -> new MapActivity(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(3), rs.getString(4), rs.getObject(5, Long.class), rs.getString(6)))
                .list();
    }

    /** A node's text as a log line quotes it: on one line, cut short. */
    public static String quoted(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return "“" + (line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1) + "…") + "”";
    }
}
