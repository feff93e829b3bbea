package org.warrant.maps;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.ArgumentMap.MapArticle;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Creates a whole map from a draft (an imported outline, a consensus) in one transaction, or a part at a time
 * ({@link MapParts}): nodes are checked against the rules of maps, then {@link MapDraftWriter} writes them
 * and their citations in batches. The importing user owns the map and is the author of its nodes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapDraftService {

    private final ArgumentMapRepository maps;
    private final MapAccess access;
    private final ArticleService articles;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MapDraftService(ArgumentMapRepository maps, MapAccess access, ArticleService articles, JdbcTemplate jdbc, Clock clock) {
        this.maps = maps;
        this.access = access;
        this.articles = articles;
        this.jdbc = jdbc;
        this.clock = clock;
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

    /**
     * Starts a map to be written a part at a time (a long outline, while it is being read), in the caller's
     * transaction: the map itself is checked and written now, its nodes as they are added. The draft's nodes
     * are ignored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MapParts begin(MapDraft map) {
        return begin(map, false);
    }

    private long create(MapDraft draft, boolean readOnly) {
        MapParts parts = begin(draft, readOnly);
        parts.add(draft.nodes());
        return parts.finish();
    }

    private MapParts begin(MapDraft draft, boolean readOnly) {
        String user = access.user();
        Map<Long, String> bodies = new HashMap<>();
        for (long id : new LinkedHashSet<>(draft.articleIds())) {
            articles.find(id).map(Article::body).ifPresent(body -> bodies.put(id, body));
        }
        MapDraftCheck check = new MapDraftCheck(draft.articleIds(), bodies);
        List<MapDraft.Problem> problems = check.map(draft.title());
        if (!problems.isEmpty()) {
            return new MapParts(jdbc, check, null, problems);
        }
        Instant now = clock.instant();
        List<MapArticle> chosen = new LinkedHashSet<>(draft.articleIds()).stream().map(MapArticle::new).toList();
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        ArgumentMap map = ArgumentMap.create(MapRules.title(draft.title()), description, user, now, chosen);
        long mapId = maps.save(readOnly ? map.asReadOnly(now) : map).id();
        return new MapParts(jdbc, check, new MapDraftWriter(mapId, user, Timestamp.from(now)), List.of());
    }
}
