package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.warrant.drafts.MapDraft;
import org.warrant.maps.MapRules;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;

/**
 * Random but valid map drafts from a seed: claims with premises, objections, rebuttals, undercuts, evidence,
 * co-premise groups and citations of random passages (any span, spaces and line breaks included), with texts
 * mixed from prose, hostile strings and odd whitespace. The same seed gives the same map.
 */
final class RandomMaps {

    private static final List<String> HOSTILE = HostileStrings.all().stream().filter(s -> s.length() < 200).toList();
    private static final String[] WORDS = {"Iran", "Azerbaijan", "neutrality", "border", "trade", "Turkey", "Armenia",
            "mediation", "security", "trust", "the", "war", "harmed", "its", "interests", "because", "not", "and"};

    private final Random random;
    private final List<Article> articles;
    private final List<MapDraft.Node> nodes = new ArrayList<>();

    private RandomMaps(long seed, List<Article> articles) {
        this.random = new Random(seed);
        this.articles = articles;
    }

    static MapDraft draft(long seed, List<Article> articles) {
        return new RandomMaps(seed, articles).build();
    }

    private MapDraft build() {
        List<Article> used = articles.subList(0, 1 + random.nextInt(articles.size()));
        int claims = 1 + random.nextInt(3);
        int budget = 1 + random.nextInt(40);
        for (int c = 0; c < claims; c++) {
            add(null, NodeKind.CLAIM, Stance.NONE, false, null, used);
            children(nodes.size() - 1, 1, used, budget / claims);
        }
        String description = random.nextInt(3) == 0 ? null : text();
        return new MapDraft(title(), description, used.stream().map(Article::id).toList(), nodes);
    }

    private void children(int parent, int depth, List<Article> used, int budget) {
        int count = depth > 6 ? 0 : random.nextInt(Math.max(1, Math.min(5, budget)) + 1);
        NodeKind parentKind = nodes.get(parent).kind();
        for (int i = 0; i < count && nodes.size() < 400; i++) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                add(parent, NodeKind.EVIDENCE, random.nextBoolean() ? Stance.PRO : Stance.CON, false, null, used);
                continue;
            }
            NodeKind k = kind < 7 ? NodeKind.PREMISE : NodeKind.OBJECTION;
            boolean undercut = k == NodeKind.OBJECTION && parentKind != NodeKind.CLAIM && random.nextInt(3) == 0;
            int first = add(parent, k, k.defaultStance(), undercut, null, used);
            if (!undercut && random.nextInt(4) == 0) { // a linked reason: the next sibling joins this one
                nodes.set(first, withGroup(nodes.get(first), first));
                children(first, depth + 1, used, budget / 3);
                int second = add(parent, k, k.defaultStance(), false, first, used);
                children(second, depth + 1, used, budget / 3);
            } else {
                children(first, depth + 1, used, budget / 2);
            }
        }
    }

    private int add(Integer parent, NodeKind kind, Stance stance, boolean undercut, Integer group, List<Article> used) {
        int cites = kind == NodeKind.EVIDENCE ? 1 + random.nextInt(2) : random.nextInt(5) == 0 ? 1 : 0;
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < cites; i++) {
            Article a = used.get(random.nextInt(used.size()));
            int start = random.nextInt(a.body().length() - 1);
            int end = Math.min(a.body().length(), start + 1 + random.nextInt(300));
            passages.add(Passage.at(a.id(), a.body(), start, end));
        }
        nodes.add(new MapDraft.Node(NodeRefs.next(), parent, kind, stance, text(), group, undercut, passages));
        return nodes.size() - 1;
    }

    private static MapDraft.Node withGroup(MapDraft.Node n, int group) {
        return new MapDraft.Node(n.ref(), n.parent(), n.kind(), n.stance(), n.text(), group, n.undercut(), n.passages());
    }

    private String title() {
        String t = (words(1 + random.nextInt(8)) + (random.nextInt(4) == 0 ? " " + HOSTILE.get(random.nextInt(HOSTILE.size())) : ""))
                .replace('\n', ' ').replace('\r', ' ').strip();
        return t.length() > MapRules.MAX_TITLE_LENGTH ? t.substring(0, MapRules.MAX_TITLE_LENGTH).strip() : t;
    }

    private String text() {
        StringBuilder t = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> t.append(words(1 + random.nextInt(12)));
                case 3 -> t.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
                case 4 -> t.append(List.of("\n", "\n\n", "\n  ", " \n", "\t", "  ", "\n# ", "\n1. ", "\n> ", "\n- ").get(random.nextInt(10)));
                default -> t.append((char) (0x20 + random.nextInt(0x5f))); // any printable ASCII, punctuation included
            }
        }
        String s = t.toString().strip();
        s = s.isEmpty() ? "x" : s;
        return s.length() > MapRules.MAX_TEXT_LENGTH ? s.substring(0, MapRules.MAX_TEXT_LENGTH).strip() : s;
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
