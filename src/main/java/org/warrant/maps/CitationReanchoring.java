package org.warrant.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.warrant.maps.store.CitationRepository;
import org.warrant.maps.store.MapNodeRepository;
import org.warrant.sources.CorrectionImpact;

/**
 * Re-anchors every citation of an article, in every map, when its text is corrected ({@link CorrectedText}). A
 * citation that cannot be placed with confidence is marked orphaned and keeps its old quote, for its map's
 * editors to re-attach; one already orphaned is placed again if its exact quote is back. Each touched map gets
 * a history line and is shown afresh to whoever has it open.
 */
@Component
class CitationReanchoring implements CorrectionImpact {

    private final CitationRepository citations;
    private final MapNodeRepository nodes;
    private final MapChanges changes;
    private final ActivityLog activity;
    private final MapAccess access;
    private final java.time.Clock clock;

    CitationReanchoring(CitationRepository citations, MapNodeRepository nodes, MapChanges changes, ActivityLog activity, MapAccess access,
                        java.time.Clock clock) {
        this.clock = clock;
        this.citations = citations;
        this.nodes = nodes;
        this.changes = changes;
        this.activity = activity;
        this.access = access;
    }

    private record Placed(Citation citation, Passage.Reanchoring placement) {

        boolean changed() {
            return placement.status() != citation.anchor() || !placement.passage().equals(citation.passage());
        }
    }

    @Override
    public Impact preview(long articleId, String previousBody, String correctedBody) {
        List<Placed> placed = place(articleId, previousBody, correctedBody);
        return impact(placed, changedNodes(placed));
    }

    @Override
    public Impact apply(long articleId, String previousBody, String correctedBody, String articleTitle) {
        List<Placed> placed = place(articleId, previousBody, correctedBody);
        Map<Long, MapNode> changedNodes = changedNodes(placed);
        Map<Long, int[]> perMap = new TreeMap<>(); // moved, orphaned
        for (Placed p : placed) {
            if (p.changed()) {
                Passage at = p.placement().passage();
                Citation c = p.citation();
                citations.save(new Citation(c.id(), c.nodeId(), c.articleId(), at.start(), at.end(), at.quote(), at.prefix(),
                        at.suffix(), p.placement().status(), c.createdAt()));
                MapNode node = changedNodes.get(c.nodeId());
                if (!at.quote().equals(c.quote()) && node.text().strip().equals(c.quote().strip())) {
                    // found with corrected words: a node worded as its quote follows them
                    changedNodes.put(node.id(), nodes.save(node.withText(MapRules.text(at.quote()), clock.instant())));
                }
                perMap.computeIfAbsent(node.mapId(), m -> new int[2])[p.placement().status() == Citation.AnchorStatus.ORPHANED ? 1 : 0]++;
            }
        }
        perMap.forEach((mapId, counts) -> {
            changes.touch(mapId);
            activity.record(mapId, access.user(), "re-anchored", null, "the article " + ActivityLog.quoted(articleTitle)
                    + " was corrected: " + counts[0] + " citation" + (counts[0] == 1 ? "" : "s") + " found again, "
                    + counts[1] + " to re-attach by hand");
        });
        return impact(placed, changedNodes);
    }

    /** The nodes whose citations the correction changes, read once, by id. */
    private Map<Long, MapNode> changedNodes(List<Placed> placed) {
        Map<Long, MapNode> byId = new HashMap<>();
        nodes.findAllById(placed.stream().filter(Placed::changed).map(p -> p.citation().nodeId()).distinct().toList())
                .forEach(n -> byId.put(n.id(), n));
        return byId;
    }

    private List<Placed> place(long articleId, String previousBody, String correctedBody) {
        CorrectedText text = new CorrectedText(previousBody, correctedBody);
        List<Placed> out = new ArrayList<>();
        for (Citation c : citations.findByArticleId(articleId)) {
            Passage.Reanchoring placement = c.orphaned()
                    ? c.passage().reanchorIn(correctedBody) : text.place(c.passage());
            if (c.orphaned() && placement.status() == Citation.AnchorStatus.ANCHORED) {
                placement = new Passage.Reanchoring(Citation.AnchorStatus.MOVED, placement.passage());
            }
            out.add(new Placed(c, placement));
        }
        return out;
    }

    private static Impact impact(List<Placed> placed, Map<Long, MapNode> changedNodes) {
        int unchanged = 0, moved = 0, orphaned = 0;
        List<String> lost = new ArrayList<>();
        for (Placed p : placed) {
            if (!p.changed()) {
                unchanged += p.citation().orphaned() ? 0 : 1;
            } else if (p.placement().status() == Citation.AnchorStatus.ORPHANED) {
                orphaned++;
                lost.add(p.citation().quote());
            } else {
                moved++;
            }
        }
        int maps = (int) changedNodes.values().stream().map(MapNode::mapId).distinct().count();
        return new Impact(unchanged, moved, orphaned, maps, List.copyOf(lost));
    }
}
