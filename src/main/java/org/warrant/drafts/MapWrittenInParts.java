package org.warrant.drafts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warrant.maps.MapRules;

/**
 * A new map written a part at a time, so that a long outline is written while the rest of it is still being
 * read. Each part is whole trees of nodes, their parents and groups indexing the part. Every part is checked
 * against the rules of maps, and parts are written only while no problem has been found; everything is
 * written in the transaction {@link MapDraftService#begin} was called in, and must be added in it, so a map
 * refused by {@link #finish} leaves nothing behind.
 */
public final class MapWrittenInParts {

    private final JdbcTemplate jdbc;
    private final MapDraftCheck check;
    private final MapDraftWriter writer; // null when the map itself was refused
    private final List<MapDraft.Problem> problems;
    private int size;
    private boolean refused;

    MapWrittenInParts(JdbcTemplate jdbc, MapDraftCheck check, MapDraftWriter writer, List<MapDraft.Problem> problems) {
        this.jdbc = jdbc;
        this.check = check;
        this.writer = writer;
        this.problems = new ArrayList<>(problems);
    }

    /** Checks the next part and writes it if the map has no problems so far. */
    public void add(List<MapDraft.Node> part) {
        problems.addAll(check.nodes(part, size));
        size += part.size();
        if (problems.isEmpty() && !refused && size <= MapRules.MAX_NODES && writer != null) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                writer.write(connection, part);
                return null;
            });
        }
    }

    /** The caller found a problem of its own: the parts still to come are checked, but no more are written. */
    public void refuse() {
        refused = true;
    }

    /** Every problem found so far; a problem's node is its index in the whole map, or -1 for the map itself. */
    public List<MapDraft.Problem> problems() {
        List<MapDraft.Problem> all = new ArrayList<>(problems);
        all.addAll(MapDraftCheck.size(size));
        return all;
    }

    /** The new map's id, once every part is added; throws {@link MapDraftRejectedException} with every problem. */
    public long finish() {
        List<MapDraft.Problem> all = problems();
        if (!all.isEmpty()) {
            throw new MapDraftRejectedException(all);
        }
        return writer.mapId();
    }
}
