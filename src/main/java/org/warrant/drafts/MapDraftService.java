package org.warrant.drafts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.MapImports;
import org.warrant.maps.MapService;
import org.warrant.security.CurrentUser;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Creates a whole map from a draft (an imported outline, a consensus) in one transaction, or a part at a time
 * ({@link MapWrittenInParts}): nodes are checked against the rules of maps, then {@link MapDraftWriter} writes them
 * and their citations in batches. The importing user owns the map and is the author of its nodes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapDraftService {

    private final MapService maps;
    private final MapImports imports;
    private final ArticleService articles;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MapDraftService(MapService maps, MapImports imports, ArticleService articles, JdbcTemplate jdbc, Clock clock) {
        this.maps = maps;
        this.imports = imports;
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
    public MapWrittenInParts begin(MapDraft map) {
        return begin(map, false);
    }

    /**
     * Adds a draft's nodes to a map the user may edit, in one transaction: its top nodes under {@code parentId}
     * (after the node's replies), or as claims after the map's claims when it is null. Quotes must cite the
     * map's own articles. Returns the ids of the top nodes added; throws {@link MapDraftRejectedException} with
     * every problem, writing nothing, when any node breaks the rules of maps.
     */
    @Transactional
    public List<Long> addTo(long mapId, @Nullable Long parentId, List<MapDraft.Node> nodes) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        MapImports.Place place = imports.place(mapId, parentId, nodes.size());
        Map<Long, String> bodies = new HashMap<>();
        place.articleIds().forEach(id -> articles.find(id).map(Article::body).ifPresent(body -> bodies.put(id, body)));
        List<MapDraft.Problem> problems = new MapDraftCheck(place.articleIds(), bodies).under(place.parentKind(), place.parentLevel())
                .nodes(nodes, 0);
        if (nodes.isEmpty()) {
            problems = List.of(new MapDraft.Problem(-1, "There is nothing to add: the outline has no items."));
        }
        if (!problems.isEmpty()) {
            throw new MapDraftRejectedException(problems);
        }
        MapDraftWriter writer = new MapDraftWriter(mapId, user, Timestamp.from(clock.instant()), parentId, place.firstPosition());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            writer.write(connection, nodes);
            return null;
        });
        imports.imported(mapId, parentId, nodes.size());
        return writer.topIds();
    }

    private long create(MapDraft draft, boolean readOnly) {
        MapWrittenInParts parts = begin(draft, readOnly);
        parts.add(draft.nodes());
        return parts.finish();
    }

    private MapWrittenInParts begin(MapDraft draft, boolean readOnly) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        Map<Long, String> bodies = new HashMap<>();
        for (long id : new LinkedHashSet<>(draft.articleIds())) {
            articles.find(id).map(Article::body).ifPresent(body -> bodies.put(id, body));
        }
        MapDraftCheck check = new MapDraftCheck(draft.articleIds(), bodies);
        List<MapDraft.Problem> problems = check.map(draft.title());
        if (!problems.isEmpty()) {
            return new MapWrittenInParts(jdbc, check, null, problems);
        }
        Instant now = clock.instant();
        long mapId = maps.create(draft.title(), draft.description(), draft.articleIds(), readOnly);
        return new MapWrittenInParts(jdbc, check, new MapDraftWriter(mapId, user, Timestamp.from(now)), List.of());
    }
}
