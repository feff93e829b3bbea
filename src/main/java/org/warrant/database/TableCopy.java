package org.warrant.database;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Copies tables row by row from the H2 file to PostgreSQL, by column name. A column that refers to its own
 * table (a node's parent, a comment's reply) is written as NULL first and set once every row is in, since a
 * child may have a smaller id than its parent.
 */
final class TableCopy {

    private static final int BATCH = 1000;
    private static final Map<String, String> SELF_REFERENCES = Map.of("map_node", "parent_id", "map_comment", "reply_to");

    private final Connection source;
    private final Connection target;

    TableCopy(Connection source, Connection target) {
        this.source = source;
        this.target = target;
    }

    /** Why the copy can't start, or null: an H2 schema older (or newer) than this Warrant's, or a target with tables in it. */
    @Nullable String refusal() throws SQLException {
        MigrationInfoService h2 = Flyway.configure().dataSource(new SingleConnectionDataSource(source, true))
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().info();
        if (h2.pending().length > 0 || h2.current() == null) {
            return "The H2 database's schema is older than this Warrant's: start this version of Warrant on it once "
                    + "(it upgrades the file), stop it, and migrate again.";
        }
        if (Arrays.stream(h2.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS)) {
            return "The H2 database was made by a newer Warrant than this one: migrate with that version.";
        }
        String tables = single(target, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (!"0".equals(tables)) {
            return "The PostgreSQL database is not empty (" + tables + " tables): give the migration a new, empty database.";
        }
        return null;
    }

    /** Copies one table's rows; returns how many, after checking the target holds as many. */
    long copy(String table) throws SQLException {
        String selfReference = SELF_REFERENCES.get(table);
        List<String> columns = new ArrayList<>();
        long rows = 0;
        try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, columns.get(i - 1).equals(selfReference) ? null : value(rs, i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        if (selfReference != null) {
            linkSelfReferences(table, selfReference);
        }
        String copied = single(target, "SELECT COUNT(*) FROM " + table);
        if (!String.valueOf(rows).equals(copied)) {
            throw new SQLException(table + ": read " + rows + " rows, the target holds " + copied);
        }
        return rows;
    }

    /**
     * A column's value as PostgreSQL should get it: H2 hands CLOB columns over as {@link Clob}, which PostgreSQL's
     * driver would store as a large object and put its number in the text column.
     */
    private static @Nullable Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof Clob clob ? clob.getSubString(1, Math.toIntExact(clob.length())) : value;
    }

    private void linkSelfReferences(String table, String column) throws SQLException {
        try (Statement read = source.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
             PreparedStatement write = target.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                write.setLong(1, rs.getLong(2));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** Identity columns continue after the largest id copied, so new rows don't collide with old ones. */
    void restartIdentities() throws SQLException {
        try (Statement s = target.createStatement()) {
            s.execute("""
                    DO $$
                    DECLARE t record;
                    BEGIN
                      FOR t IN SELECT table_name FROM information_schema.columns
                               WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES' LOOP
                        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), COALESCE((SELECT MAX(id) FROM %I), 0) + 1, false)',
                                       t.table_name, t.table_name);
                      END LOOP;
                    END $$""");
        }
    }

    private static @Nullable String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
