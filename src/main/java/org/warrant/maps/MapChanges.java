package org.warrant.maps;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.warrant.maps.store.ArgumentMapRepository;
import org.warrant.maps.store.MapNodeRepository;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * How {@link MapEditService} writes a change: finds the nodes it names (refusing those of a map the user may not
 * edit, and stale versions), saves them, and for every change bumps the map's content version, writes its
 * history line and announces a {@link MapChangedEvent}, all in the caller's transaction.
 */
@Component
class MapChanges {

    private final ArgumentMapRepository maps;
    private final MapNodeRepository nodes;
    private final MapAccess access;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;
    private final Clock clock;

    MapChanges(ArgumentMapRepository maps, MapNodeRepository nodes, MapAccess access, ArticleService articles,
               ApplicationEventPublisher events, ActivityLog activity, Clock clock) {
        this.maps = maps;
        this.nodes = nodes;
        this.access = access;
        this.articles = articles;
        this.events = events;
        this.activity = activity;
        this.clock = clock;
    }

    void leaveGroup(MapNode node) {
        long group = node.reasonGroup();
        save(node.withReasonGroup(null, clock.instant()));
        int left = nodes.groupSize(group);
        if (left == 1) {
            nodes.dissolveGroup(group);
        } else if (group == node.id()) { // the group was named after this node: name it after the lowest remaining id
            var remaining = nodes.findByParentIdOrderByPositionAsc(node.parentId()).stream()
                    .filter(n -> Long.valueOf(group).equals(n.reasonGroup())).toList();
            long heir = remaining.stream().mapToLong(MapNode::id).min().orElseThrow();
            remaining.forEach(n -> save(n.withReasonGroup(heir, clock.instant())));
        }
    }

    MapNode insert(long mapId, @Nullable Long parentId, Integer position, NodeKind kind, Stance stance, String text) {
        int at = position != null ? position : (parentId == null ? nodes.nextRootPosition(mapId) : nodes.nextChildPosition(parentId));
        if (position != null) {
            nodes.shiftSiblings(mapId, parentId, at);
        }
        Instant now = clock.instant();
        touch(mapId);
        return nodes.save(new MapNode(null, NodeRefs.next(), mapId, parentId, at, kind, stance, text, null, false, access.user(), now, now, null));
    }

    Passage passageIn(ArgumentMap map, long articleId, int start, int end) {
        if (!map.articleIds().contains(articleId)) {
            throw MapRuleException.because("rule.evidence-own-articles");
        }
        Article article = articles.find(articleId).orElseThrow(() -> MapRuleException.because("editor.article-gone"));
        return Passage.select(articleId, article.body(), start, end);
    }

    /** The map of a node found by {@link #editableNode}: read again, not checked again. */
    ArgumentMap map(long mapId) {
        return maps.findById(mapId).orElseThrow();
    }

    /** The node's level: 1 for a claim, one more for each node above it; counted up to one past the limit. */
    int levelOf(MapNode node) {
        int level = 1;
        Long parent = node.parentId();
        while (parent != null && level <= MapRules.MAX_DEPTH) {
            level++;
            parent = nodes.findById(parent).map(MapNode::parentId).orElse(null);
        }
        return level;
    }

    MapNode nodeOf(long mapId, long nodeId) {
        return nodes.findById(nodeId).filter(n -> n.mapId() == mapId)
                .orElseThrow(() -> MapRuleException.because("comment.node-gone"));
    }

    MapNode editableNode(long nodeId) {
        MapNode node = nodes.findById(nodeId).orElseThrow(() -> new StaleEditException(null));
        access.editable(node.mapId());
        return node;
    }

    MapNode current(long nodeId, int basedOnVersion) {
        MapNode node = editableNode(nodeId);
        if (node.version() != basedOnVersion) {
            throw new StaleEditException(node);
        }
        return node;
    }

    MapNode save(MapNode node) {
        try {
            MapNode saved = nodes.save(node);
            touch(node.mapId());
            return saved;
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(nodes.findById(node.id()).orElse(null));
        }
    }

    void log(long mapId, String action, Long nodeId, String summary) {
        activity.record(mapId, access.user(), action, nodeId, summary);
    }

    void touch(long mapId) {
        maps.touch(mapId, clock.instant());
        events.publishEvent(new MapChangedEvent(mapId, access.user(), false));
    }
}
