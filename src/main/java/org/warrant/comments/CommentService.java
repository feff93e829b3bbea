package org.warrant.comments;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.accounts.AccountService;
import org.warrant.maps.ActivityLog;
import org.warrant.maps.ArgumentMap;
import org.warrant.maps.SeminarRoles;
import org.warrant.maps.MapAccess;
import org.warrant.maps.MapChangedEvent;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapService;

/**
 * Feedback on maps: comments on nodes, replies, resolving. Who may comment is the map's business
 * ({@link MapAccess}): its authors, its seminar's instructors, and during peer review its seminar's students.
 * The comments are shown to whoever may comment; a map's other readers do not see them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CommentService {

    private static final Logger log = LoggerFactory.getLogger(CommentService.class);

    private final CommentStore store;
    private final MapAccess access;
    private final MapService maps;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;
    private final SeminarRoles roles;
    private final Clock clock;

    CommentService(CommentStore store, MapAccess access, MapService maps, AccountService accounts,
                   ApplicationEventPublisher events, ActivityLog activity, SeminarRoles roles, Clock clock) {
        this.roles = roles;
        this.activity = activity;
        this.store = store;
        this.access = access;
        this.maps = maps;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The map's comments, oldest first; empty for readers who may not comment. */
    @Transactional(readOnly = true)
    public List<MapComment> onMap(long mapId) {
        if (!maps.canComment(mapId)) {
            return List.of();
        }
        List<CommentStore.Row> rows = store.ofMap(mapId);
        Map<String, String> names = accounts.displayNames(rows.stream().map(CommentStore.Row::author).toList());
        return rows.stream().map(r -> new MapComment(r.id(), r.mapId(), r.nodeId(), r.replyTo(), r.author(),
                names.get(r.author()), r.text(), r.createdAt(),
                r.resolvedBy(), r.resolvedAt())).toList();
    }

    @Transactional
    public long comment(long mapId, long nodeId, String text) {
        ArgumentMap map = access.commentable(mapId);
        MapNode node = maps.findNode(mapId, nodeId)
                .orElseThrow(() -> MapRuleException.because("comment.node-gone"));
        long id = store.insert(mapId, nodeId, null, access.user(), text(text), clock.instant());
        activity.record(mapId, access.user(), "commented", nodeId, "commented on " + ActivityLog.quoted(node.text()));
        changed(mapId);
        announce(map, text, false, Set.of());
        log.info("{} commented on node {} of map {}", access.user(), nodeId, mapId);
        return id;
    }

    /** Replies to a thread (a reply to a reply joins the same thread). */
    @Transactional
    public long reply(long commentId, String text) {
        CommentStore.Row to = existing(commentId);
        ArgumentMap map = access.commentable(to.mapId());
        long thread = to.replyTo() != null ? to.replyTo() : to.id();
        long id = store.insert(to.mapId(), to.nodeId(), thread, access.user(), text(text), clock.instant());
        activity.record(to.mapId(), access.user(), "replied", to.nodeId(), "replied to a comment");
        changed(to.mapId());
        Set<String> earlier = new HashSet<>();
        store.ofMap(to.mapId()).stream().filter(r -> r.id() == thread || Long.valueOf(thread).equals(r.replyTo()))
                .forEach(r -> earlier.add(r.author()));
        announce(map, text, true, earlier);
        return id;
    }

    /** Marks a thread resolved (or open again). */
    @Transactional
    public void resolve(long commentId, boolean resolved) {
        CommentStore.Row row = existing(commentId);
        access.resolvable(row.mapId());
        if (row.replyTo() != null) {
            throw MapRuleException.because("comment.resolve-first");
        }
        store.resolve(commentId, resolved ? access.user() : null, resolved ? clock.instant() : null);
        activity.record(row.mapId(), access.user(), resolved ? "resolved" : "reopened", row.nodeId(),
                (resolved ? "resolved" : "reopened") + " a comment");
        changed(row.mapId());
    }

    /** Tells the map's authors and the thread's earlier writers, never the writer themself. */
    private void announce(ArgumentMap map, String text, boolean reply, Set<String> thread) {
        Set<String> to = new HashSet<>(thread);
        if (map.groupId() != null) {
            to.addAll(roles.groupMembers(map.groupId()));
        } else {
            to.add(map.owner());
        }
        to.remove(access.user());
        String t = text.strip();
        events.publishEvent(new CommentPosted(map.id(), map.title(), access.user(), t.length() > 200 ? t.substring(0, 199) + "…" : t, reply, to));
    }

    private CommentStore.Row existing(long commentId) {
        CommentStore.Row row = store.find(commentId).orElseThrow(() -> MapRuleException.because("comment.gone"));
        access.readable(row.mapId()); // a comment on a map one can't read does not exist either
        return row;
    }

    private void changed(long mapId) {
        events.publishEvent(new MapChangedEvent(mapId, access.user(), true));
    }

    private static String text(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw MapRuleException.because("comment.empty");
        }
        if (t.length() > MapComment.MAX_TEXT) {
            throw MapRuleException.because("comment.too-long", MapComment.MAX_TEXT, t.length());
        }
        return t;
    }
}
