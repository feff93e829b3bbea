package org.warrant.maps;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.maps.store.CitationRepository;
import org.warrant.maps.store.MapNodeRepository;

/**
 * Every change to a map's nodes, each in one transaction and saved at once. Edits of an existing node name
 * the version they were based on; a stale one is refused with the current node ({@link StaleEditException}).
 * This class decides what a change is, under the rules of maps; {@link MapChanges} writes it, logs it and
 * announces it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MapEditService {

    private final MapNodeRepository nodes;
    private final CitationRepository citations;
    private final MapAccess access;
    private final MapChanges changes;
    private final Clock clock;

    MapEditService(MapNodeRepository nodes, CitationRepository citations, MapAccess access, MapChanges changes, Clock clock) {
        this.nodes = nodes;
        this.citations = citations;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** Adds a node under parentId (null: a claim at the top) at position (null: last). */
    @Transactional
    public MapNode add(long mapId, Long parentId, Integer position, NodeKind kind, Stance stance, String text) {
        access.editable(mapId);
        MapRules.room(nodes.countByMapId(mapId), 1);
        MapNode parent = parentId == null ? null : changes.nodeOf(mapId, parentId);
        Stance actual = MapRules.placement(kind, stance, parent == null ? null : parent.kind());
        if (parent != null) {
            MapRules.level(changes.levelOf(parent) + 1);
        }
        if (kind == NodeKind.EVIDENCE) {
            throw MapRuleException.because("rule.evidence-needs-passage");
        }
        MapNode added = changes.insert(mapId, parentId, position, kind, actual, MapRules.text(text));
        changes.log(mapId, "added", added.id(), "added " + NodeRole.of(added, parent).inWords(added.stance()) + " " + ActivityLog.quoted(added.text()));
        return added;
    }

    /** New evidence under parentId citing [start, end) of one of the map's articles; its text defaults to the quote. */
    @Transactional
    public MapNode addEvidence(long mapId, long parentId, long articleId, int start, int end, Stance stance, String text) {
        ArgumentMap map = access.editable(mapId);
        MapRules.room(nodes.countByMapId(mapId), 1);
        MapNode parent = changes.nodeOf(mapId, parentId);
        MapRules.level(changes.levelOf(parent) + 1);
        Passage passage = changes.passageIn(map, articleId, start, end);
        Stance actual = MapRules.placement(NodeKind.EVIDENCE, stance, parent.kind());
        MapNode evidence = changes.insert(mapId, parentId, null, NodeKind.EVIDENCE, actual,
                MapRules.text(text == null || text.isBlank() ? passage.quote() : text));
        citations.save(Citation.of(evidence.id(), passage, clock.instant()));
        changes.log(mapId, "added", evidence.id(), "added evidence " + ActivityLog.quoted(passage.quote()));
        return evidence;
    }

    @Transactional
    public Citation cite(long nodeId, long articleId, int start, int end) {
        MapNode node = changes.editableNode(nodeId);
        Passage passage = changes.passageIn(changes.map(node.mapId()), articleId, start, end);
        changes.touch(node.mapId());
        changes.log(node.mapId(), "cited", nodeId, "cited " + ActivityLog.quoted(passage.quote()) + " in " + ActivityLog.quoted(node.text()));
        return citations.save(Citation.of(nodeId, passage, clock.instant()));
    }

    /**
     * Points a citation at a new passage of its article: how a citation orphaned by a correction of the article
     * is re-attached by hand. The citation is anchored again; its node keeps its text.
     */
    @Transactional
    public Citation reattach(long citationId, int start, int end) {
        Citation old = citations.findById(citationId).orElseThrow(() -> MapRuleException.because("rule.citation-gone"));
        MapNode node = changes.editableNode(old.nodeId());
        Passage passage = changes.passageIn(changes.map(node.mapId()), old.articleId(), start, end);
        if (node.text().strip().equals(old.quote().strip())) { // still worded as its quote: it reads as the new one
            changes.save(node.withText(MapRules.text(passage.quote()), clock.instant()));
        }
        changes.touch(node.mapId());
        changes.log(node.mapId(), "re-attached", node.id(), "re-attached " + ActivityLog.quoted(old.quote()) + " to "
                + ActivityLog.quoted(passage.quote()));
        return citations.save(new Citation(old.id(), old.nodeId(), old.articleId(), passage.start(), passage.end(), passage.quote(),
                passage.prefix(), passage.suffix(), Citation.AnchorStatus.ANCHORED, old.createdAt()));
    }

    @Transactional
    public void uncite(long citationId) {
        Citation citation = citations.findById(citationId).orElseThrow(() -> MapRuleException.because("rule.citation-gone"));
        MapNode node = changes.editableNode(citation.nodeId());
        if (node.kind() == NodeKind.EVIDENCE && citations.countByNodeId(node.id()) == 1) {
            throw MapRuleException.because("rule.evidence-keeps-one");
        }
        citations.delete(citation);
        changes.touch(node.mapId());
        changes.log(node.mapId(), "uncited", node.id(), "removed the citation " + ActivityLog.quoted(citation.quote()) + " from " + ActivityLog.quoted(node.text()));
    }

    @Transactional
    public MapNode editText(long nodeId, int basedOnVersion, String text) {
        MapNode node = changes.current(nodeId, basedOnVersion);
        MapNode saved = changes.save(node.withText(MapRules.text(text), clock.instant()));
        changes.log(node.mapId(), "edited", nodeId, "changed " + ActivityLog.quoted(node.text()) + " to " + ActivityLog.quoted(saved.text()));
        return saved;
    }

    @Transactional
    public MapNode changeKind(long nodeId, int basedOnVersion, NodeKind kind, Stance stance) {
        MapNode node = changes.current(nodeId, basedOnVersion);
        MapNode parent = node.parentId() == null ? null : nodes.findById(node.parentId()).orElseThrow();
        Stance actual = MapRules.placement(kind, stance, parent == null ? null : parent.kind());
        if (kind == NodeKind.EVIDENCE && citations.countByNodeId(nodeId) == 0) {
            throw MapRuleException.because("rule.evidence-cite-first");
        }
        if (node.reasonGroup() != null && kind != node.kind()) {
            changes.leaveGroup(node);
            node = nodes.findById(nodeId).orElseThrow();
        }
        MapNode changed = changes.save(node.withKind(kind, actual, clock.instant()));
        changes.log(node.mapId(), "changed kind", nodeId, "made " + ActivityLog.quoted(node.text()) + " " + NodeRole.of(changed, parent).inWords(changed.stance()));
        return changed;
    }

    /**
     * Moves a node (and its replies) under newParentId (null: to the top) at position (null: last). The role
     * follows the place, as in an outliner: a claim moved under a node becomes a premise of it, and anything
     * moved to the top becomes a claim.
     */
    @Transactional
    public MapNode move(long nodeId, int basedOnVersion, Long newParentId, Integer position) {
        MapNode node = changes.current(nodeId, basedOnVersion);
        MapNode parent = newParentId == null ? null : changes.nodeOf(node.mapId(), newParentId);
        NodeKind kind = parent == null ? NodeKind.CLAIM : node.kind() == NodeKind.CLAIM ? NodeKind.PREMISE : node.kind();
        Stance stance = MapRules.placement(kind, node.stance(), parent == null ? null : parent.kind());
        if (newParentId != null) {
            Map<Long, Long> parentOf = new HashMap<>();
            nodes.findByMapIdOrderByParentIdAscPositionAsc(node.mapId()).forEach(n -> parentOf.put(n.id(), n.parentId()));
            MapRules.noCycle(nodeId, newParentId, parentOf);
            MapRules.level(levelIn(parentOf, newParentId) + heightIn(parentOf, nodeId));
        }
        if (node.undercut() && parent != null && parent.kind() == NodeKind.CLAIM) {
            throw MapRuleException.because("rule.undercut-stays");
        }
        if (node.reasonGroup() != null && !java.util.Objects.equals(newParentId, node.parentId())) {
            changes.leaveGroup(node);
            node = nodes.findById(nodeId).orElseThrow();
        }
        int at = position != null ? position : (newParentId == null ? nodes.nextRootPosition(node.mapId()) : nodes.nextChildPosition(newParentId));
        nodes.shiftSiblings(node.mapId(), newParentId, at);
        if (kind != node.kind()) {
            node = node.withKind(kind, stance, clock.instant());
        }
        MapNode moved = changes.save(node.withPlace(newParentId, at, clock.instant()));
        changes.log(node.mapId(), "moved", nodeId, "moved " + ActivityLog.quoted(node.text())
                + (parent == null ? " to the top" : " under " + ActivityLog.quoted(parent.text())));
        return moved;
    }

    /** Deletes a node with all its replies; returns how many nodes went. */
    @Transactional
    public int delete(long nodeId, int basedOnVersion) {
        MapNode node = changes.current(nodeId, basedOnVersion);
        int count = MapTree.of(nodes.findByMapIdOrderByParentIdAscPositionAsc(node.mapId())).subtree(node).size();
        if (node.reasonGroup() != null) {
            changes.leaveGroup(node);
        }
        nodes.deleteById(nodeId); // replies and citations follow by ON DELETE CASCADE
        changes.touch(node.mapId());
        changes.log(node.mapId(), "deleted", nodeId, "deleted " + ActivityLog.quoted(node.text())
                + (count > 1 ? " and " + (count - 1) + (count == 2 ? " reply" : " replies") : ""));
        return count;
    }

    /**
     * Puts back a deleted subtree (undo): the nodes, parents first, with their citations, under their old
     * parent. They get new ids; the returned map says which old id became which.
     */
    @Transactional
    public Map<Long, Long> reinsert(long mapId, List<MapNode> subtree, List<Citation> cited) {
        ArgumentMap map = access.editable(mapId);
        MapRules.room(nodes.countByMapId(mapId), subtree.size());
        Map<Long, Long> newIds = new HashMap<>();
        Instant now = clock.instant();
        for (MapNode n : MapTree.of(subtree).inTreeOrder()) {
            Long parent = n.parentId() == null ? null : newIds.getOrDefault(n.parentId(), n.parentId());
            if (parent != null && !newIds.containsKey(n.parentId())) {
                changes.nodeOf(mapId, parent); // the subtree's own parent must still be there
                nodes.shiftSiblings(mapId, parent, n.position());
            } else if (parent == null) {
                nodes.shiftSiblings(mapId, null, n.position());
            }
            MapNode saved = nodes.save(new MapNode(null, n.ref(), mapId, parent, n.position(), n.kind(), n.stance(), n.text(), null,
                    n.undercut(), n.author(), n.createdAt(), now, null));
            newIds.put(n.id(), saved.id());
        }
        for (Citation c : cited) {
            Long node = newIds.get(c.nodeId());
            if (node != null) {
                changes.passageIn(map, c.articleId(), c.startOffset(), c.endOffset());
                citations.save(new Citation(null, node, c.articleId(), c.startOffset(), c.endOffset(), c.quote(), c.prefix(),
                        c.suffix(), c.anchor(), now));
            }
        }
        changes.touch(mapId);
        MapNode top = MapTree.of(subtree).inTreeOrder().getFirst();
        changes.log(mapId, "restored", newIds.get(top.id()), "put back " + ActivityLog.quoted(top.text())
                + (subtree.size() > 1 ? " and " + (subtree.size() - 1) + " more" : ""));
        return newIds;
    }

    /** Joins two premises (or objections) under one parent into one reason. */
    @Transactional
    public void groupAsCoPremises(long nodeId, long otherId) {
        MapNode a = changes.editableNode(nodeId);
        MapNode b = changes.nodeOf(a.mapId(), otherId);
        MapRules.coPremises(a, b);
        java.util.Set<Long> members = new java.util.TreeSet<>(java.util.List.of(a.id(), b.id()));
        for (MapNode n : nodes.findByParentIdOrderByPositionAsc(a.parentId())) {
            if (n.reasonGroup() != null && (n.reasonGroup().equals(a.reasonGroup()) || n.reasonGroup().equals(b.reasonGroup()))) {
                members.add(n.id());
            }
        }
        long group = members.iterator().next(); // a group is named after its lowest id
        Instant now = clock.instant();
        members.forEach(id -> changes.save(nodes.findById(id).orElseThrow().withReasonGroup(group, now)));
        changes.log(a.mapId(), "grouped", a.id(), "linked " + ActivityLog.quoted(a.text()) + " and " + ActivityLog.quoted(b.text()) + " as co-premises");
    }

    /** Takes a premise out of its co-premise group; a group left with one member dissolves. */
    @Transactional
    public void ungroup(long nodeId) {
        MapNode node = changes.editableNode(nodeId);
        if (node.reasonGroup() != null) {
            changes.leaveGroup(node);
            changes.log(node.mapId(), "ungrouped", nodeId, "unlinked " + ActivityLog.quoted(node.text()) + " from its co-premises");
        }
    }

    @Transactional
    public MapNode setUndercut(long nodeId, int basedOnVersion, boolean undercut) {
        MapNode node = changes.current(nodeId, basedOnVersion);
        if (undercut) {
            MapRules.undercut(node.kind(), node.parentId() == null ? null : nodes.findById(node.parentId()).orElseThrow().kind());
        }
        MapNode saved = changes.save(node.withUndercut(undercut, clock.instant()));
        changes.log(node.mapId(), "undercut", nodeId, (undercut ? "made " : "unmade ") + ActivityLog.quoted(node.text()) + " an undercut");
        return saved;
    }

    /** The level of a node among {@code parentOf} (child id to parent id): 1 for a claim. */
    private static int levelIn(Map<Long, Long> parentOf, long nodeId) {
        int level = 1;
        for (Long p = parentOf.get(nodeId); p != null && level <= MapRules.MAX_DEPTH; p = parentOf.get(p)) {
            level++;
        }
        return level;
    }

    /** How many levels the node and its replies span: 1 for a leaf. */
    private static int heightIn(Map<Long, Long> parentOf, long nodeId) {
        int height = 1;
        for (long other : parentOf.keySet()) {
            int below = 0;
            for (Long p = parentOf.get(other); p != null && below <= MapRules.MAX_DEPTH; p = parentOf.get(p)) {
                below++;
                if (p == nodeId) {
                    height = Math.max(height, below + 1);
                    break;
                }
            }
        }
        return height;
    }
}
