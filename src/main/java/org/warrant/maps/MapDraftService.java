package org.warrant.maps;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.ArgumentMap.MapArticle;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Creates a whole map from a draft (an imported outline) in one transaction: every node is checked against
 * the rules of maps first, then {@link MapDraftWriter} writes the nodes and citations in batches. The
 * importing user owns the map and is the author of its nodes.
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
        Timestamp at = Timestamp.from(now);
        jdbc.execute((ConnectionCallback<Integer>) connection -> MapDraftWriter.write(connection, mapId, draft.nodes(), user, at));
        return mapId;
    }
}
