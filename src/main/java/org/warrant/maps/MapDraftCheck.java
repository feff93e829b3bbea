package org.warrant.maps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.warrant.maps.MapDraft.Problem;

/**
 * The rules of maps applied to a whole draft before anything is written: the same rules the edit service
 * applies one edit at a time, collected for every node so an importer can list them all.
 */
final class MapDraftCheck {

    private final MapDraft draft;
    private final Map<Long, String> bodies;
    private final List<Problem> problems = new ArrayList<>();

    /** {@code bodies}: the text of each of the draft's articles, by id. */
    private MapDraftCheck(MapDraft draft, Map<Long, String> bodies) {
        this.draft = draft;
        this.bodies = bodies;
    }

    static List<Problem> problems(MapDraft draft, Map<Long, String> bodies) {
        return new MapDraftCheck(draft, bodies).check();
    }

    private List<Problem> check() {
        rule(-1, () -> MapRules.title(draft.title()));
        if (draft.articleIds().isEmpty()) {
            problems.add(new Problem(-1, "Choose at least one article for the map to draw on."));
        }
        if (draft.nodes().size() > MapRules.MAX_NODES) {
            problems.add(new Problem(-1, "A map holds at most %,d nodes; this one would have %,d.".formatted(MapRules.MAX_NODES, draft.nodes().size())));
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < draft.nodes().size(); i++) {
            MapDraft.Node node = draft.nodes().get(i);
            final int at = i;
            rule(i, () -> MapRules.text(node.text()));
            if (!NodeRefs.isValid(node.ref())) {
                problems.add(new Problem(i, "A node id is 1 to 24 letters, digits, '-' or '_'."));
            } else if (!refs.add(node.ref())) {
                problems.add(new Problem(i, "The node id " + node.ref() + " is used twice."));
            }
            if (node.parent() != null && (node.parent() < 0 || node.parent() >= i)) {
                problems.add(new Problem(i, "A node's parent must come before it."));
                continue;
            }
            NodeKind parentKind = node.parent() == null ? null : draft.nodes().get(node.parent()).kind();
            rule(i, () -> {
                if (MapRules.placement(node.kind(), node.stance(), parentKind) != node.stance()) {
                    throw new MapRuleException("A " + node.kind().name().toLowerCase() + " can't be " + node.stance().name().toLowerCase() + " here.");
                }
            });
            if (node.undercut()) {
                rule(i, () -> MapRules.undercut(node.kind(), parentKind));
            }
            if (node.group() != null) {
                rule(i, () -> group(at, node));
            }
            passages(i, node);
        }
        return problems;
    }

    private void group(int at, MapDraft.Node node) {
        if (node.group() < 0 || node.group() > at) {
            throw new MapRuleException("A co-premise group is named after its first member.");
        }
        MapDraft.Node first = draft.nodes().get(node.group());
        MapRules.coPremises(first.kind(), node.kind(), Objects.equals(first.parent(), node.parent()));
    }

    private void passages(int at, MapDraft.Node node) {
        if (node.kind() == NodeKind.EVIDENCE && node.passages().isEmpty()) {
            problems.add(new Problem(at, "Evidence cites at least one passage of an article."));
        }
        for (Passage p : node.passages()) {
            String body = bodies.get(p.articleId());
            if (body == null || !draft.articleIds().contains(p.articleId())) {
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
