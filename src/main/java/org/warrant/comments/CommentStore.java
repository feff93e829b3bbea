package org.warrant.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** Comment rows in plain SQL; who may do what is checked by {@link CommentService}. */
@Component
class CommentStore {

    /** A row: the comment without its author's display name. */
    record Row(long id, long mapId, @Nullable Long nodeId, @Nullable Long replyTo, String author, String text, Instant createdAt,
               @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
    }

    private static final String SELECT = "SELECT id, map_id, node_id, reply_to, author, text, created_at, resolved_by, resolved_at FROM map_comment";

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long mapId, Long nodeId, Long replyTo, String author, String text, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO map_comment (map_id, node_id, reply_to, author, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(mapId, nodeId, replyTo, author, text, SqlTime.of(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
    }

    List<Row> ofMap(long mapId) {
        return jdbc.sql(SELECT + " WHERE map_id = ? ORDER BY id").param(mapId).query(this::row).list();
    }

    void resolve(long id, String by, Instant at) {
        jdbc.sql("UPDATE map_comment SET resolved_by = ?, resolved_at = ? WHERE id = ?").params(by, SqlTime.of(at), id).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5),
                rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
