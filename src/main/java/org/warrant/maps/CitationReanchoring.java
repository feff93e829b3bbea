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
        return impact(place(articleId, previousBody, correctedBody));
    }

    @Override
    public Impact apply(long articleId, String previousBody, String correctedBody, String articleTitle) {
        List<Placed> placed = place(articleId, previousBody, correctedBody);
        Map<Long, Long> mapOf = new HashMap<>();
        nodes.findAllById(placed.stream().filter(Placed::changed).map(p -> p.citation().nodeId()).distinct().toList())
                .forEach(n -> mapOf.put(n.id(), n.mapId()));
        Map<Long, int[]> perMap = new TreeMap<>(); // moved, orphaned
        for (Placed p : placed) {
            if (p.changed()) {
                Passage at = p.placement().passage();
                Citation c = p.citation();
                citations.save(new Citation(c.id(), c.nodeId(), c.articleId(), at.start(), at.end(), at.quote(), at.prefix(),
                        at.suffix(), p.placement().status(), c.createdAt()));
                if (!at.quote().equals(c.quote())) { // found with corrected words: a node worded as its quote follows them
                    nodes.findById(c.nodeId()).filter(n -> n.text().strip().equals(c.quote().strip()))
                            .ifPresent(n -> nodes.save(n.withText(MapRules.text(at.quote()), clock.instant())));
                }
                perMap.computeIfAbsent(mapOf.get(c.nodeId()), m -> new int[2])[p.placement().status() == Citation.AnchorStatus.ORPHANED ? 1 : 0]++;
            }
        }
        perMap.forEach((mapId, counts) -> {
            changes.touch(mapId);
            activity.record(mapId, access.user(), "re-anchored", null, "the article " + ActivityLog.quoted(articleTitle)
                    + " was corrected: " + counts[0] + " citation" + (counts[0] == 1 ? "" : "s") + " found again, "
                    + counts[1] + " to re-attach by hand");
        });
        return impact(placed);
    }

    private List<Placed> place(long articleId, String previousBody, String correctedBody) {
        CorrectedText text = new CorrectedText(previousBody, correctedBody);
        List<Placed> out = new ArrayList<>();
        for (Citation c : citations.findByArticleId(articleId)) {
            Passage.Reanchoring placement = c.anchor() == Citation.AnchorStatus.ORPHANED
                    ? c.passage().reanchorIn(correctedBody) : text.place(c.passage());
            if (c.anchor() == Citation.AnchorStatus.ORPHANED && placement.status() == Citation.AnchorStatus.ANCHORED) {
                placement = new Passage.Reanchoring(Citation.AnchorStatus.MOVED, placement.passage());
            }
            out.add(new Placed(c, placement));
        }
        return out;
    }

    private Impact impact(List<Placed> placed) {
        int unchanged = 0, moved = 0, orphaned = 0;
        List<String> lost = new ArrayList<>();
        List<Long> touched = new ArrayList<>();
        for (Placed p : placed) {
            if (!p.changed()) {
                unchanged += p.citation().anchor() == Citation.AnchorStatus.ORPHANED ? 0 : 1;
            } else if (p.placement().status() == Citation.AnchorStatus.ORPHANED) {
                orphaned++;
                lost.add(p.citation().quote());
                touched.add(p.citation().nodeId());
            } else {
                moved++;
                touched.add(p.citation().nodeId());
            }
        }
        long maps = touched.isEmpty() ? 0 : nodes.findAllById(touched.stream().distinct().toList()).stream().map(MapNode::mapId).distinct().count();
        return new Impact(unchanged, moved, orphaned, (int) maps, List.copyOf(lost));
    }
}
