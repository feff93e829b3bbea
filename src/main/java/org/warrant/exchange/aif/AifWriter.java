package org.warrant.exchange.aif;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warrant.exchange.model.MapContent;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a map as AIF JSON in AIFdb's shape (docs/aif.md): an I-node per node, an RA-node per inference (co-premises
 * share one), a CA-node per conflict (an undercut's CA points at the inference's RA or CA), and for each quoted
 * passage an L-node with the article's words, tied to its I-node by a YA-node ("Quoting"). What AIF has no field for
 * (ids, kinds, places in the article) is in a {@code warrant} member, which AIFdb and OVA ignore and Warrant reads back.
 */
public final class AifWriter {

    public static final int VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapContent map;
    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode nodes = root.putArray("nodes");
    private final ArrayNode edges = root.putArray("edges");
    private final ArrayNode locutions = root.putArray("locutions");
    private final Map<Long, String> iNode = new HashMap<>();
    /** The RA or CA of each node's step to its parent (co-premises: the group's one node). */
    private final Map<Long, String> stepNode = new HashMap<>();
    private final String timestamp;
    private int nextId = 1;
    private int nextEdge = 1;

    private AifWriter(MapContent map, LocalDate exported) {
        this.map = map;
        this.timestamp = exported + " 00:00:00";
    }

    public static String write(MapContent map, LocalDate exported) {
        return new AifWriter(map, exported).document().toPrettyString();
    }

    private ObjectNode document() {
        root.putArray("participants");
        ObjectNode about = root.putObject("warrant");
        about.put("version", VERSION).put("title", map.title()).put("exported", exported());
        if (map.description() != null) {
            about.put("description", map.description());
        }
        ArrayNode articles = about.putArray("articles");
        for (int i = 0; i < map.articles().size(); i++) {
            Article a = map.articles().get(i);
            ObjectNode o = articles.addObject().put("key", MapContent.letter(i)).put("id", a.id()).put("title", a.title());
            if (a.sourceUrl() != null) {
                o.put("url", a.sourceUrl());
            }
        }
        List<MapNode> all = map.tree().inTreeOrder();
        all.forEach(this::information);
        all.forEach(this::step);
        all.stream().filter(this::attacksStep).forEach(this::undercut);
        return root;
    }

    private String exported() {
        return timestamp.substring(0, 10);
    }

    private void information(MapNode n) {
        String id = node(n.text(), "I");
        iNode.put(n.id(), id);
        ObjectNode extra = ((ObjectNode) nodes.get(nodes.size() - 1)).putObject("warrant");
        extra.put("ref", n.ref()).put("kind", n.kind().name().toLowerCase());
        if (n.kind() == NodeKind.EVIDENCE) {
            extra.put("stance", n.stance() == Stance.CON ? "con" : "pro");
        }
        List<Citation> cites = map.citationsOf(n);
        if (!cites.isEmpty()) {
            ArrayNode list = extra.putArray("cites");
            for (Citation c : cites) {
                String letter = map.letterOf(c.articleId());
                list.addObject().put("article", letter).put("start", c.startOffset()).put("end", c.endOffset()).put("quote", c.quote());
                String l = node(c.quote(), "L");
                String ya = node("Quoting", "YA");
                edge(l, ya);
                edge(ya, id);
                ObjectNode locution = locutions.addObject().put("nodeID", l).put("personID", "0").put("timestamp", timestamp);
                locution.put("source", titleOf(c.articleId())).put("start", c.startOffset()).put("end", c.endOffset());
            }
        }
    }

    /** The node's inference (RA, for) or conflict (CA, against) to its parent; co-premises share their group's. */
    private void step(MapNode n) {
        MapNode parent = map.parentOf(n);
        if (parent == null || attacksStep(n)) {
            return;
        }
        List<MapNode> group = n.reasonGroup() == null ? null : map.groupsUnder(parent.id()).get(n.reasonGroup());
        String s = group == null || group.getFirst().equals(n) ? null : stepNode.get(group.getFirst().id());
        if (s == null) {
            boolean against = n.stance() == Stance.CON;
            s = node(against ? "Default Conflict" : "Default Inference", against ? "CA" : "RA");
            edge(s, iNode.get(parent.id()));
        }
        stepNode.put(n.id(), s);
        edge(iNode.get(n.id()), s);
    }

    /** An undercut: a conflict whose target is the step from its parent to the grandparent. */
    private void undercut(MapNode n) {
        String ca = node("Default Conflict", "CA");
        edge(iNode.get(n.id()), ca);
        edge(ca, stepNode.get(n.parentId()));
    }

    private boolean attacksStep(MapNode n) {
        MapNode parent = map.parentOf(n);
        return map.undercuts(n) && parent != null && !map.undercuts(parent);
    }

    private String node(String text, String type) {
        String id = String.valueOf(nextId++);
        nodes.addObject().put("nodeID", id).put("text", text).put("type", type).put("timestamp", timestamp);
        return id;
    }

    private void edge(String from, String to) {
        edges.addObject().put("edgeID", String.valueOf(nextEdge++)).put("fromID", from).put("toID", to).putNull("formEdgeID");
    }

    private String titleOf(long articleId) {
        return map.articles().stream().filter(a -> a.id() == articleId).map(Article::title).findFirst().orElse("");
    }
}
