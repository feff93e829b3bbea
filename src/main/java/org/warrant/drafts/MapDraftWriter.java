package org.warrant.drafts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.warrant.maps.MapRules;
import org.warrant.maps.Passage;

/**
 * Writes checked nodes and their citations into a new map with plain JDBC batches, in the caller's
 * transaction, a part of whole trees at a time. The nodes go a level of the tree at a time, so every parent
 * has its database id before its children are written. Plain statements rather than Spring's named
 * parameters: building and binding parameter maps was a quarter of writing a 10,000-node map
 * (docs/benchmarks.md).
 */
final class MapDraftWriter {

    private static final String INSERT_NODE = """
            INSERT INTO map_node (ref, map_id, parent_id, position, kind, stance, text, undercut, author, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SET_GROUP = "UPDATE map_node SET reason_group = ? WHERE id = ?";
    private static final String INSERT_CITATION = """
            INSERT INTO citation (node_id, article_id, start_offset, end_offset, quote, prefix, suffix, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final long mapId;
    private final String user;
    private final Timestamp now;
    private final Long rootParent; // the node the draft's top nodes answer; null: they are claims
    private int claims; // top nodes written so far, plus those there before: the next top node's position
    private final List<Long> topIds = new ArrayList<>();

    /** For the nodes of the new map {@code mapId}, authored by {@code user}. */
    MapDraftWriter(long mapId, String user, Timestamp now) {
        this(mapId, user, now, null, 0);
    }

    /** For nodes added to an existing map, the top ones under {@code rootParent} from position {@code firstPosition}. */
    MapDraftWriter(long mapId, String user, Timestamp now, Long rootParent, int firstPosition) {
        this.mapId = mapId;
        this.user = user;
        this.now = now;
        this.rootParent = rootParent;
        this.claims = firstPosition;
    }

    /** The ids of the top nodes written, in order. */
    List<Long> topIds() {
        return List.copyOf(topIds);
    }

    long mapId() {
        return mapId;
    }

    /** Writes the next part: whole trees, their parents and groups indexing the part. */
    void write(Connection connection, List<MapDraft.Node> part) throws SQLException {
        new Part(connection, part).write();
    }

    private final class Part {

        private final Connection connection;
        private final List<MapDraft.Node> nodes;

        Part(Connection connection, List<MapDraft.Node> nodes) {
            this.connection = connection;
            this.nodes = nodes;
        }

        void write() throws SQLException {
            List<List<Integer>> levels = levels();
            long[] ids = nodes(levels);
            groups(ids);
            citations(ids, levels);
            claims += levels.isEmpty() ? 0 : levels.getFirst().size();
        }

        /** The nodes' indexes a level at a time: the order they are written in, and so of their ids. */
        private List<List<Integer>> levels() {
            int[] depth = new int[nodes.size()];
            TreeMap<Integer, List<Integer>> levels = new TreeMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                Integer parent = nodes.get(i).parent();
                depth[i] = parent == null ? 0 : depth[parent] + 1;
                levels.computeIfAbsent(depth[i], d -> new ArrayList<>()).add(i);
            }
            return List.copyOf(levels.values());
        }

        private long[] nodes(List<List<Integer>> levels) throws SQLException {
            int[] position = new int[nodes.size()];
            Map<Integer, Integer> childrenSoFar = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                Integer parent = nodes.get(i).parent();
                position[i] = parent == null ? claims + childrenSoFar.merge(-1, 1, Integer::sum) - 1
                        : childrenSoFar.merge(parent, 1, Integer::sum) - 1;
            }
            long[] ids = new long[nodes.size()];
            try (PreparedStatement insert = connection.prepareStatement(INSERT_NODE, new String[] {"id"})) {
                for (List<Integer> level : levels) {
                    for (int i : level) {
                        MapDraft.Node n = nodes.get(i);
                        insert.setString(1, n.ref());
                        insert.setLong(2, mapId);
                        if (n.parent() == null && rootParent == null) {
                            insert.setNull(3, Types.BIGINT);
                        } else if (n.parent() == null) {
                            insert.setLong(3, rootParent);
                        } else {
                            insert.setLong(3, ids[n.parent()]);
                        }
                        insert.setInt(4, position[i]);
                        insert.setString(5, n.kind().name());
                        insert.setString(6, n.stance().name());
                        insert.setString(7, MapRules.text(n.text()));
                        insert.setBoolean(8, n.undercut());
                        insert.setString(9, user);
                        insert.setTimestamp(10, now);
                        insert.setTimestamp(11, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        for (int i : level) {
                            keys.next();
                            ids[i] = keys.getLong(1);
                            if (nodes.get(i).parent() == null) {
                                topIds.add(ids[i]);
                            }
                        }
                    }
                }
            }
            return ids;
        }

        private void groups(long[] ids) throws SQLException {
            int rows = 0;
            try (PreparedStatement update = connection.prepareStatement(SET_GROUP)) {
                for (int i = 0; i < nodes.size(); i++) {
                    if (nodes.get(i).group() != null) {
                        update.setLong(1, ids[nodes.get(i).group()]);
                        update.setLong(2, ids[i]);
                        update.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    update.executeBatch();
                }
            }
        }

        /** In the order of their nodes' ids, so the index on citation.node_id only grows at its end. */
        private void citations(long[] ids, List<List<Integer>> levels) throws SQLException {
            int rows = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_CITATION)) {
                for (int i : levels.stream().flatMap(List::stream).toList()) {
                    for (Passage p : nodes.get(i).passages()) {
                        insert.setLong(1, ids[i]);
                        insert.setLong(2, p.articleId());
                        insert.setInt(3, p.start());
                        insert.setInt(4, p.end());
                        insert.setString(5, p.quote());
                        insert.setString(6, p.prefix());
                        insert.setString(7, p.suffix());
                        insert.setTimestamp(8, now);
                        insert.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}
