package org.warrant.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.warrant.drafts.MapDraft;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * The claims and reasons at least {@code k} of the {@code maps} compared maps share, parents before children.
 * Each node is worded as the map closest to the others worded it, and says which maps share it.
 */
public record ConsensusMap(int k, int maps, List<Node> nodes) {

    private static final int MAX_DESCRIPTION = 2_000; // the column's length (V3)

    /** {@code settled}: how the maps' disagreements about its place, kind and stance were settled (empty if none). */
    public record Node(Integer parent, NodeKind kind, Stance stance, String text, List<Passage> passages, List<String> sharedBy,
                       List<String> settled) {

        public int support() {
            return sharedBy.size();
        }
    }

    /**
     * The consensus as a map draft, node for node with the same parents, kinds and stances: every node's text ends
     * with how many maps share it; the description ends with how disagreements were settled, as far as it has
     * room; the title and texts are cut to the map's lengths.
     */
    public MapDraft draft(String title, String description) {
        List<MapDraft.Node> out = new ArrayList<>();
        LinkedHashSet<Long> articles = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            n.passages().forEach(p -> articles.add(p.articleId()));
            out.add(new MapDraft.Node("c" + (i + 1), n.parent(), n.kind(), n.stance(), worded(n), null, false, n.passages()));
        }
        return new MapDraft(fit(title, MapRules.MAX_TITLE_LENGTH), withSettlements(description), List.copyOf(articles), out);
    }

    /** Every settlement, each naming the node it is about. */
    public List<String> settlements() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            n.settled().forEach(s -> out.add("“" + fit(n.text() == null ? "" : n.text().strip(), 60) + "”: " + s));
        }
        return out;
    }

    private String withSettlements(String description) {
        List<String> all = settlements();
        StringBuilder text = new StringBuilder(description == null ? "" : description);
        if (all.isEmpty()) {
            return text.toString();
        }
        text.append(text.isEmpty() ? "" : "\n\n").append("Where the maps disagreed:");
        for (int i = 0; i < all.size(); i++) {
            String line = "\n- " + all.get(i);
            String rest = "\n- and " + (all.size() - i) + " more, listed in the comparison report.";
            if (text.length() + line.length() + (i + 1 < all.size() ? rest.length() : 0) > MAX_DESCRIPTION) {
                return text.append(rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    private String worded(Node n) {
        String shared = " (" + n.support() + " of " + maps + " maps)";
        String text = n.text() == null || n.text().isBlank()
                ? n.passages().stream().findFirst().map(p -> "“" + p.quote() + "”").orElse("(no text)") : n.text().strip();
        int room = MapRules.MAX_TEXT_LENGTH - shared.length();
        return fit(text, room) + shared;
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
