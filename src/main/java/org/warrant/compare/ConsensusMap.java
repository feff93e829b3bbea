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

    public record Node(Integer parent, NodeKind kind, Stance stance, String text, List<Passage> passages, List<String> sharedBy) {

        public int support() {
            return sharedBy.size();
        }
    }

    /**
     * The consensus as a map draft: every node's text ends with how many maps share it, roles follow the map's
     * rules, and the title and texts are cut to the map's lengths.
     */
    public MapDraft draft(String title, String description) {
        List<MapDraft.Node> out = new ArrayList<>();
        LinkedHashSet<Long> articles = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            n.passages().forEach(p -> articles.add(p.articleId()));
            NodeKind kind = n.parent() == null ? NodeKind.CLAIM
                    : n.kind() == NodeKind.CLAIM || (n.kind() == NodeKind.EVIDENCE && n.passages().isEmpty()) ? NodeKind.PREMISE : n.kind();
            Stance stance = switch (kind) {
                case CLAIM -> Stance.NONE;
                case PREMISE -> Stance.PRO;
                case OBJECTION -> Stance.CON;
                case EVIDENCE -> n.stance() == Stance.CON ? Stance.CON : Stance.PRO;
            };
            out.add(new MapDraft.Node("c" + (i + 1), n.parent(), kind, stance, worded(n), null, false, n.passages()));
        }
        return new MapDraft(fit(title, MapRules.MAX_TITLE_LENGTH), description, List.copyOf(articles), out);
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
