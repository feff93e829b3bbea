package org.warrant.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.warrant.exchange.model.MapContent;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleKind;

/**
 * Random maps for format tests: any shape the rules of maps allow (claims, replies, evidence with quotes, co-premises,
 * undercuts, undercuts of undercuts), in texts made of everything a format could mistake for its own markup.
 */
final class RandomMaps {

    static final String[] WORDS = {"Iran's", "neutrality", "[sic]", "{x: 1}", "} y", "#tag", "#(two words)", "@[Title]", "@<Arg>",
            "*bold*", "**strong**", "_it_", "snake_case", "// not a comment", "/* nor */", "<!-- this -->", "e.g.", "U.S.", ":->:",
            ".A.", "===", "--", "----", "+>", "<-", "><", "_>", "(1)", "1.", "back\\slash", "ایران‌ها", "Azərbaycan", "\"quoted\"",
            "a:b:c", "http://example.org/a?b=c#d", "50%", "tab\there", "line\nbreak", "😀", "’curly’", "<b>html</b>", "&amp;",
            "---", "+ plus", "- minus", "[link](http://x.y)", "key: value", "- [not]: a relation", "\\", "…", "..."};

    private final Random random;
    private long nextId = 1;

    RandomMaps(long seed) {
        random = new Random(seed);
    }

    static List<Article> articles() {
        return List.of(article(11, "The Qarabagh Crisis: Iran's {neutral} stance", "https://example.org/a"),
                article(12, "مقاله‌ای درباره‌ی قره‌باغ", null));
    }

    static Article article(long id, String title, String url) {
        return new Article(id, title, true, "", "", LocalDate.of(2020, 11, 1), url, ArticleKind.OP_ED, "body", 4, "hash",
                "tester", Instant.EPOCH, 1, null, List.of());
    }

    MapContent next(int maxNodes) {
        List<MapNode> nodes = new ArrayList<>();
        Map<Long, List<Citation>> citations = new HashMap<>();
        int count = 1 + random.nextInt(maxNodes);
        for (int i = 0; i < count; i++) {
            MapNode parent = nodes.isEmpty() || random.nextInt(6) == 0 ? null : nodes.get(random.nextInt(nodes.size()));
            nodes.add(node(parent, nodes, citations));
        }
        return MapContent.of(text(6), random.nextBoolean() ? null : text(12), nodes, citations, articles());
    }

    private MapNode node(MapNode parent, List<MapNode> nodes, Map<Long, List<Citation>> citations) {
        long id = nextId++;
        int position = (int) nodes.stream().filter(n -> java.util.Objects.equals(n.parentId(), parent == null ? null : parent.id())).count();
        NodeKind kind = parent == null ? NodeKind.CLAIM : NodeKind.values()[1 + random.nextInt(3)];
        Stance stance = kind == NodeKind.CLAIM ? Stance.NONE : kind == NodeKind.EVIDENCE
                ? (random.nextBoolean() ? Stance.PRO : Stance.CON) : kind.defaultStance();
        Long group = null;
        if (kind == NodeKind.PREMISE || kind == NodeKind.OBJECTION) {
            List<MapNode> mates = nodes.stream().filter(n -> n.parentId() != null && n.parentId().equals(parent.id()) && n.kind() == kind && !n.undercut()).toList();
            if (!mates.isEmpty() && random.nextInt(3) == 0) {
                MapNode mate = mates.get(random.nextInt(mates.size()));
                group = mate.reasonGroup() != null ? mate.reasonGroup() : 1000 + mate.id();
                if (mate.reasonGroup() == null) {
                    nodes.set(nodes.indexOf(mate), withGroup(mate, group));
                }
            }
        }
        boolean undercut = kind == NodeKind.OBJECTION && parent.kind() != NodeKind.CLAIM && group == null && random.nextInt(3) == 0;
        MapNode node = new MapNode(id, "r" + Long.toString(id * 7919, 36), 1, parent == null ? null : parent.id(), position, kind, stance,
                text(1 + random.nextInt(10)), group, undercut, "tester", Instant.EPOCH, Instant.EPOCH, 0);
        if (kind == NodeKind.EVIDENCE || random.nextInt(8) == 0) {
            List<Citation> cites = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(2); c < n; c++) {
                int start = random.nextInt(5000);
                cites.add(new Citation(id * 10 + c, id, 11 + random.nextInt(2), start, start + 1 + random.nextInt(300), text(4), "", "",
                        Citation.AnchorStatus.ANCHORED, Instant.EPOCH));
            }
            citations.put(id, cites);
        }
        return node;
    }

    private static MapNode withGroup(MapNode n, long group) {
        return new MapNode(n.id(), n.ref(), n.mapId(), n.parentId(), n.position(), n.kind(), n.stance(), n.text(), group, n.undercut(),
                n.author(), n.createdAt(), n.updatedAt(), n.version());
    }

    String text(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : "word" + random.nextInt(50));
        }
        return s.toString();
    }
}
