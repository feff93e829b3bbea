package org.warrant.maps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.ArgumentMap.MapArticle;
import org.warrant.maps.store.ArgumentMapRepository;
import org.warrant.maps.store.CitationRepository;
import org.warrant.maps.store.MapNodeRepository;
import org.warrant.maps.store.MapVersionCache;
import org.warrant.maps.store.MapVersionLoader;
import org.warrant.sources.ArticleService;

/** Maps as wholes: list, create, open, rename, duplicate, and the bin (deleted maps stay 30 days). */
@Service
@PreAuthorize("isAuthenticated()")
public class MapService {

    public static final Duration BIN_RETENTION = Duration.ofDays(30);

    private final ArgumentMapRepository maps;
    private final MapNodeRepository nodes;
    private final CitationRepository citations;
    private final MapAccess access;
    private final ArticleService articles;
    private final MapVersionCache snapshots;
    private final MapVersionLoader loader;
    private final SeminarRoles roles;
    private final Clock clock;

    MapService(ArgumentMapRepository maps, MapNodeRepository nodes, CitationRepository citations, MapAccess access,
               ArticleService articles, MapVersionCache snapshots, MapVersionLoader loader, SeminarRoles roles, Clock clock) {
        this.roles = roles;
        this.snapshots = snapshots;
        this.loader = loader;
        this.maps = maps;
        this.nodes = nodes;
        this.citations = citations;
        this.access = access;
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MapSummary> readableMaps() {
        List<Long> groups = new java.util.ArrayList<>(roles.groupsOf(access.user()));
        groups.add(-1L); // no group has this id; it keeps the IN list of the query from being empty
        return maps.findReadableBy(access.user(), groups);
    }

    @Transactional(readOnly = true)
    public List<MapSummary> bin() {
        return maps.findDeletedOwnedBy(access.user());
    }

    @Transactional
    public long create(String title, String description, List<Long> articleIds) {
        return create(title, description, articleIds, false);
    }

    /**
     * A new, empty map of the current user's; a read-only one (made from other maps, such as a consensus) can't
     * be changed by its owner either, only duplicated.
     */
    @Transactional
    public long create(String title, String description, List<Long> articleIds, boolean readOnly) {
        if (articleIds.isEmpty()) {
            throw MapRuleException.because("rule.choose-article");
        }
        for (long id : new LinkedHashSet<>(articleIds)) {
            if (!articles.exists(id)) {
                throw MapRuleException.because("rule.no-article", String.valueOf(id));
            }
        }
        Instant now = clock.instant();
        List<MapArticle> chosen = new LinkedHashSet<>(articleIds).stream().map(MapArticle::new).toList();
        ArgumentMap map = ArgumentMap.create(MapRules.title(title), blankToNull(description), access.user(), now, chosen);
        return maps.save(readOnly ? map.asReadOnly(now) : map).id();
    }

    @Transactional(readOnly = true)
    public OpenedMap open(long mapId) {
        MapPermissions audience = access.readableAudience(mapId);
        // The version is read before the nodes, so a snapshot is never older than the version it is filed under.
        long contentVersion = maps.contentVersion(mapId);
        MapVersion snapshot = snapshots.get(mapId, contentVersion, id -> loader.load(id, contentVersion));
        return new OpenedMap(audience.map(), snapshot, audience.edits(access.user()));
    }

    /**
     * The map as it is now, for all its open editors at once (see {@link MapUpdate}); empty when the map was
     * deleted. No user is needed: the content is handed out only through {@link MapUpdate#contentFor}, which
     * applies the map's rules to each editor's user.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MapUpdate> broadcast(long mapId) {
        return maps.findById(mapId).filter(m -> m.deletedAt() == null).map(map -> {
            long contentVersion = maps.contentVersion(mapId);
            MapVersion snapshot = snapshots.get(mapId, contentVersion, id -> loader.load(id, contentVersion));
            return new MapUpdate(map, snapshot, access.audience(map));
        });
    }

    @Transactional
    public void rename(long mapId, String title, String description) {
        ArgumentMap map = access.editable(mapId);
        maps.save(map.withTitle(MapRules.title(title), blankToNull(description), clock.instant()));
    }

    /** A copy owned by the current user, with every node and citation; readable maps can be copied. */
    @Transactional
    public long duplicate(long mapId) {
        OpenedMap source = open(mapId);
        Instant now = clock.instant();
        ArgumentMap original = source.map();
        long copyId = maps.save(ArgumentMap.create(copyTitle(original.title()), original.description(), access.user(), now,
                original.articles())).id();
        Map<Long, Long> newIds = new HashMap<>();
        Map<Long, List<Citation>> cited = source.citationsByNode();
        Map<Long, MapNode> copies = new HashMap<>();
        for (MapNode node : MapTree.of(source.nodes()).inTreeOrder()) {
            Long parent = node.parentId() == null ? null : newIds.get(node.parentId());
            MapNode copy = nodes.save(new MapNode(null, node.ref(), copyId, parent, node.position(), node.kind(), node.stance(), node.text(),
                    null, node.undercut(), node.author(), node.createdAt(), now, null));
            newIds.put(node.id(), copy.id());
            copies.put(node.id(), copy);
            for (Citation c : cited.getOrDefault(node.id(), List.of())) {
                citations.save(new Citation(null, copy.id(), c.articleId(), c.startOffset(), c.endOffset(), c.quote(),
                        c.prefix(), c.suffix(), c.anchor(), now));
            }
        }
        for (MapNode node : source.nodes()) { // co-premise groups point at members, so they follow once all exist
            if (node.reasonGroup() != null) {
                nodes.save(copies.get(node.id()).withReasonGroup(newIds.get(node.reasonGroup()), now));
            }
        }
        return copyId;
    }

    /**
     * A map for seminar work, owned by the current user: their own (groupId null) or their group's, which every
     * member of the group edits. The user must be a student of the seminar and, for a group's map, in the group.
     * {@code published} and {@code peerReview} follow the work's assignment (see {@link #publish}).
     */
    @Transactional
    public long createSeminarWork(String title, List<Long> articleIds, long seminarId, Long groupId, boolean published,
                                  boolean peerReview) {
        String user = access.user();
        if (!roles.studiesIn(user, seminarId) || (groupId != null && !roles.inGroup(user, groupId))) {
            throw new org.springframework.security.access.AccessDeniedException("Only the seminar's students (in the group) can start its work.");
        }
        Instant now = clock.instant();
        List<MapArticle> chosen = new LinkedHashSet<>(articleIds).stream().map(MapArticle::new).toList();
        ArgumentMap map = ArgumentMap.forSeminar(MapRules.title(title), user, seminarId, groupId, now, chosen)
                .withPublished(published, now).withPeerReview(peerReview, now);
        return maps.save(map).id();
    }

    /**
     * Files one of the user's own maps under a seminar they teach (an assignment's answer key): its
     * co-instructors read it, and its students will once it is published. A map belongs to one seminar.
     */
    @Transactional
    public void fileUnderSeminar(long mapId, long seminarId) {
        ArgumentMap map = access.readable(mapId);
        if (!map.owner().equals(access.user()) || !roles.teaches(access.user(), seminarId)) {
            throw new org.springframework.security.access.AccessDeniedException("An answer key is one of your own maps, for a seminar you teach.");
        }
        if (map.seminarId() != null && map.seminarId() != seminarId) {
            throw MapRuleException.because("rule.map-filed-elsewhere");
        }
        maps.save(map.inSeminar(seminarId, clock.instant()));
    }

    /** Opens a seminar's map to the seminar's students (read-only for them), or closes it again. */
    @Transactional
    public void publish(long mapId, boolean published) {
        ArgumentMap map = access.taught(mapId);
        maps.save(map.withPublished(published, clock.instant()));
    }

    /** Lets the seminar's students comment on a published map (peer review), or stops it. */
    @Transactional
    public void peerReview(long mapId, boolean on) {
        ArgumentMap map = access.taught(mapId);
        maps.save(map.withPeerReview(on, clock.instant()));
    }

    /** Whether the current user may comment on the map (the comments feature asks). */
    @Transactional(readOnly = true)
    public boolean canComment(long mapId) {
        return access.readableAudience(mapId).comments(access.user());
    }

    /** A node of a map the user may read, or empty when the map has no such node (any more). */
    @Transactional(readOnly = true)
    public Optional<MapNode> findNode(long mapId, long nodeId) {
        access.readable(mapId);
        return nodes.findById(nodeId).filter(n -> n.mapId() == mapId);
    }

    /** A shared map can be read (and duplicated) by every signed-in user; only its owner edits it. */
    @Transactional
    public void share(long mapId, boolean shared) {
        ArgumentMap map = access.ownedPrivately(mapId);
        maps.save(map.withShared(shared, clock.instant()));
    }

    @Transactional
    public void delete(long mapId) {
        ArgumentMap map = access.ownedPrivately(mapId);
        Instant now = clock.instant();
        maps.save(map.withDeletedAt(now, now));
    }

    @Transactional
    public void restore(long mapId) {
        ArgumentMap map = access.deletedOwned(mapId);
        maps.save(map.withDeletedAt(null, clock.instant()));
    }

    /** Empties the bin of maps deleted more than 30 days ago. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT1M")
    @PreAuthorize("permitAll()")
    @Transactional
    public int purgeExpired() {
        return maps.purgeDeletedBefore(clock.instant().minus(BIN_RETENTION));
    }

    private static String copyTitle(String title) {
        String copy = "Copy of " + title;
        return copy.length() > MapRules.MAX_TITLE_LENGTH ? copy.substring(0, MapRules.MAX_TITLE_LENGTH) : copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
