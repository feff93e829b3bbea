package org.warrant.drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.warrant.drafts.MapDraft.Problem;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Passage;

/**
 * The rules of maps applied to a draft before its nodes are written: the same rules the edit service applies
 * one edit at a time, collected for every node so an importer can list them all. A long draft is checked a
 * part at a time, as it is read (see {@link MapWrittenInParts}).
 */
final class MapDraftCheck {

    private final List<Long> articleIds;
    private final Map<Long, String> bodies;
    private final Set<String> refs = new HashSet<>(); // across all parts: a ref names one node of the map
    private List<MapDraft.Node> nodes;
    private List<Problem> problems;
    private NodeKind rootParentKind; // where the draft's top nodes go: null for the top of the map
    private int rootLevel;

    /** {@code bodies}: the text of each of the draft's articles, by id. */
    MapDraftCheck(List<Long> articleIds, Map<Long, String> bodies) {
        this.articleIds = articleIds;
        this.bodies = bodies;
    }

    /** The draft's top nodes go under a node of this kind, at this level (1 for a claim), of an existing map. */
    MapDraftCheck under(NodeKind parentKind, int parentLevel) {
        this.rootParentKind = parentKind;
        this.rootLevel = parentLevel;
        return this;
    }

    /** The problems of the map itself: its title and articles. */
    List<Problem> map(String title) {
        problems = new ArrayList<>();
        rule(-1, () -> MapRules.title(title));
        if (articleIds.isEmpty()) {
            problems.add(new Problem(-1, "Choose at least one article for the map to draw on."));
        }
        if (bodies.size() < new HashSet<>(articleIds).size()) {
            problems.addFirst(new Problem(-1, "One of the map's articles is not in the library."));
        }
        return problems;
    }

    /**
     * The problems of a part of the map's nodes: whole trees, their parents and groups indexing the part.
     * {@code first} is the index of the part's first node in the whole map, which the problems name.
     */
    List<Problem> nodes(List<MapDraft.Node> part, int first) {
        this.nodes = part;
        problems = new ArrayList<>();
        int[] level = new int[part.size()];
        for (int i = 0; i < part.size(); i++) {
            MapDraft.Node node = part.get(i);
            final int at = i;
            rule(first + i, () -> MapRules.text(node.text()));
            if (!NodeRefs.isValid(node.ref())) {
                problems.add(new Problem(first + i, "A node id is 1 to 24 letters, digits, '-' or '_'."));
            } else if (!refs.add(node.ref())) {
                problems.add(new Problem(first + i, "The node id " + node.ref() + " is used twice."));
            }
            if (node.parent() != null && (node.parent() < 0 || node.parent() >= i)) {
                problems.add(new Problem(first + i, "A node's parent must come before it."));
                continue;
            }
            level[i] = node.parent() == null ? rootLevel + 1 : level[node.parent()] + 1;
            if (level[i] == MapRules.MAX_DEPTH + 1) { // said once, for the first node too deep
                rule(first + i, () -> MapRules.level(level[at]));
            }
            NodeKind parentKind = node.parent() == null ? rootParentKind : part.get(node.parent()).kind();
            rule(first + i, () -> {
                if (MapRules.placement(node.kind(), node.stance(), parentKind) != node.stance()) {
                    throw new MapRuleException("A " + node.kind().name().toLowerCase() + " can't be " + node.stance().name().toLowerCase() + " here.");
                }
            });
            if (node.undercut()) {
                rule(first + i, () -> MapRules.undercut(node.kind(), parentKind));
            }
            if (node.group() != null) {
                rule(first + i, () -> group(at, node));
            }
            passages(first + i, node);
        }
        return problems;
    }

    static List<Problem> size(int nodes) {
        return nodes <= MapRules.MAX_NODES ? List.of()
                : List.of(new Problem(-1, "A map holds at most %,d nodes; this one would have %,d.".formatted(MapRules.MAX_NODES, nodes)));
    }

    private void group(int at, MapDraft.Node node) {
        if (node.group() < 0 || node.group() > at) {
            throw new MapRuleException("A co-premise group is named after its first member.");
        }
        MapDraft.Node firstMember = nodes.get(node.group());
        MapRules.coPremises(firstMember.kind(), node.kind(), Objects.equals(firstMember.parent(), node.parent()));
    }

    private void passages(int at, MapDraft.Node node) {
        if (node.kind() == NodeKind.EVIDENCE && node.passages().isEmpty()) {
            problems.add(new Problem(at, "Evidence cites at least one passage of an article."));
        }
        for (Passage p : node.passages()) {
            String body = bodies.get(p.articleId());
            if (body == null || !articleIds.contains(p.articleId())) {
                problems.add(new Problem(at, "A passage cites an article the map does not draw on."));
            } else if (!p.isAnchoredIn(body)) {
                problems.add(new Problem(at, "A passage lies outside its article, or its quote is not at its place."));
            }
        }
    }

    private void rule(int node, Runnable check) {
        try {
            check.run();
        } catch (MapRuleException broken) {
            problems.add(new Problem(node, broken.getMessage()));
        }
    }
}
