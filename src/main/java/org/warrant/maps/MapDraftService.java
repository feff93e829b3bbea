package org.warrant.maps;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.ArgumentMap.MapArticle;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Creates a whole map from a draft (an imported outline) in one transaction: every node is checked against
 * the rules of maps first, then nodes and citations are written in batches, a level of the tree at a time,
 * so a 10,000-node outline is imported in well under a second. The importing user owns the map and is the
 * author of its nodes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapDraftService {

    private final ArgumentMapRepository maps;
    private final MapAccess access;
    private final ArticleService articles;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    MapDraftService(ArgumentMapRepository maps, MapAccess access, ArticleService articles, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.maps = maps;
        this.access = access;
        this.articles = articles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The problems the draft would be refused for; empty when {@link #create} would accept it. */
    @Transactional(readOnly = true)
    public List<MapDraft.Problem> problems(MapDraft draft) {
        Map<Long, String> bodies = new HashMap<>();
        for (long id : new LinkedHashSet<>(draft.articleIds())) {
            articles.find(id).map(Article::body).ifPresent(body -> bodies.put(id, body));
        }
        List<MapDraft.Problem> problems = new ArrayList<>(MapDraftCheck.problems(draft, bodies));
        if (bodies.size() < new LinkedHashSet<>(draft.articleIds()).size()) {
            problems.addFirst(new MapDraft.Problem(-1, "One of the map's articles is not in the library."));
        }
        return problems;
    }

    @Transactional
    public long create(MapDraft draft) {
        return create(draft, false);
    }

    /**
     * A map made from other maps (an assignment's consensus): like {@link #create}, but read-only for everyone,
     * its owner too, so it keeps saying what the maps shared. Duplicate makes an editable copy.
     */
    @Transactional
    public long createReadOnly(MapDraft draft) {
        return create(draft, true);
    }

    private long create(MapDraft draft, boolean readOnly) {
        String user = access.user();
        List<MapDraft.Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new MapDraftRejectedException(problems);
        }
        Instant now = clock.instant();
        List<MapArticle> chosen = new LinkedHashSet<>(draft.articleIds()).stream().map(MapArticle::new).toList();
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        ArgumentMap map = ArgumentMap.create(MapRules.title(draft.title()), description, user, now, chosen);
        long mapId = maps.save(readOnly ? map.asReadOnly(now) : map).id();
        long[] ids = insertNodes(mapId, draft.nodes(), user, Timestamp.from(now));
        insertGroupsAndCitations(draft.nodes(), ids, Timestamp.from(now));
        return mapId;
    }

    /** Nodes a level at a time, so every parent has its database id before its children are written. */
    private long[] insertNodes(long mapId, List<MapDraft.Node> nodes, String user, Timestamp now) {
        int[] depth = new int[nodes.size()];
        int[] position = new int[nodes.size()];
        Map<Integer, Integer> childrenSoFar = new HashMap<>();
        TreeMap<Integer, List<Integer>> levels = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Integer parent = nodes.get(i).parent();
            depth[i] = parent == null ? 0 : depth[parent] + 1;
            position[i] = childrenSoFar.merge(parent == null ? -1 : parent, 1, Integer::sum) - 1;
            levels.computeIfAbsent(depth[i], d -> new ArrayList<>()).add(i);
        }
        long[] ids = new long[nodes.size()];
        for (List<Integer> level : levels.values()) {
            SqlParameterSource[] rows = level.stream().map(i -> {
                MapDraft.Node n = nodes.get(i);
                return new MapSqlParameterSource()
                        .addValue("ref", n.ref()).addValue("mapId", mapId)
                        .addValue("parentId", n.parent() == null ? null : ids[n.parent()])
                        .addValue("position", position[i]).addValue("kind", n.kind().name()).addValue("stance", n.stance().name())
                        .addValue("text", MapRules.text(n.text())).addValue("undercut", n.undercut())
                        .addValue("author", user).addValue("now", now);
            }).toArray(SqlParameterSource[]::new);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate("""
                    INSERT INTO map_node (ref, map_id, parent_id, position, kind, stance, text, undercut, author, created_at, updated_at)
                    VALUES (:ref, :mapId, :parentId, :position, :kind, :stance, :text, :undercut, :author, :now, :now)""",
                    rows, keys, new String[] {"id"});
            List<Map<String, Object>> generated = keys.getKeyList();
            for (int k = 0; k < level.size(); k++) {
                ids[level.get(k)] = ((Number) generated.get(k).values().iterator().next()).longValue();
            }
        }
        return ids;
    }

    private void insertGroupsAndCitations(List<MapDraft.Node> nodes, long[] ids, Timestamp now) {
        List<SqlParameterSource> groups = new ArrayList<>();
        List<SqlParameterSource> citations = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            MapDraft.Node n = nodes.get(i);
            if (n.group() != null) {
                groups.add(new MapSqlParameterSource("id", ids[i]).addValue("group", ids[n.group()]));
            }
            for (Passage p : n.passages()) {
                citations.add(new MapSqlParameterSource("nodeId", ids[i]).addValue("articleId", p.articleId())
                        .addValue("start", p.start()).addValue("end", p.end()).addValue("quote", p.quote())
                        .addValue("prefix", p.prefix()).addValue("suffix", p.suffix()).addValue("now", now));
            }
        }
        jdbc.batchUpdate("UPDATE map_node SET reason_group = :group WHERE id = :id", groups.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                INSERT INTO citation (node_id, article_id, start_offset, end_offset, quote, prefix, suffix, created_at)
                VALUES (:nodeId, :articleId, :start, :end, :quote, :prefix, :suffix, :now)""",
                citations.toArray(SqlParameterSource[]::new));
    }
}
