package org.warrant.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * One article cut into spans at every start and end of a citation, each span with the maps that cite it and
 * how: which node, of which kind and stance, answering what. Spans no map cites are left out.
 */
public record PassageHeat(long articleId, int maps, List<Span> spans) {

    public record Span(int start, int end, List<Use> uses) {

        /** How many different maps cite this span. */
        public int maps() {
            return (int) uses.stream().mapToLong(Use::mapId).distinct().count();
        }
    }

    /** A node citing a span: the map's label, the node, and the text of the node it answers (null for a claim). */
    public record Use(String map, long mapId, NodeKind kind, Stance stance, String node, String answers) {
    }

    static PassageHeat of(long articleId, List<ComparedMap> maps) {
        TreeSet<Integer> cuts = new TreeSet<>();
        forEachCitation(articleId, maps, (map, node, p) -> {
            cuts.add(p.start());
            cuts.add(p.end());
        });
        int[] at = cuts.stream().mapToInt(Integer::intValue).toArray();
        List<List<Use>> uses = new ArrayList<>();
        for (int i = 0; i + 1 < at.length; i++) {
            uses.add(new ArrayList<>());
        }
        forEachCitation(articleId, maps, (map, node, p) -> {
            Use use = new Use(map.label(), map.mapId(), node.kind(), node.stance(), node.text(),
                    node.root() ? null : map.node(node.parent()).text());
            for (int i = Arrays.binarySearch(at, p.start()); i < at.length - 1 && at[i] < p.end(); i++) {
                uses.get(i).add(use);
            }
        });
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < uses.size(); i++) {
            if (!uses.get(i).isEmpty()) {
                spans.add(new Span(at[i], at[i + 1], List.copyOf(uses.get(i))));
            }
        }
        return new PassageHeat(articleId, maps.size(), spans);
    }

    private interface CitationVisitor {
        void visit(ComparedMap map, ComparedNode node, Passage passage);
    }

    private static void forEachCitation(long articleId, List<ComparedMap> maps, CitationVisitor visitor) {
        for (ComparedMap map : maps) {
            for (ComparedNode node : map.nodes()) {
                for (Passage p : node.passages()) {
                    if (p.articleId() == articleId && p.end() > p.start()) {
                        visitor.visit(map, node, p);
                    }
                }
            }
        }
    }
}
