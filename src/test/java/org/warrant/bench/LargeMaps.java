package org.warrant.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.warrant.maps.Citation;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;
import org.warrant.sources.Article;

/**
 * Seeded random maps of a given size, shaped like real ones: a few claims, reasons and objections a few
 * levels deep, about a quarter of the nodes evidence citing a passage. Written in one transaction.
 */
public final class LargeMaps {

    private LargeMaps() {
    }

    public static long create(MapService maps, MapEditService edits, Article article, int size, long seed) {
        long mapId = maps.create("Benchmark map of " + size + " nodes", "Generated, seed " + seed, List.of(article.id()));
        Random random = new Random(seed);
        List<MapNode> nodes = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, Integer> childCount = new HashMap<>();
        Instant now = Instant.now();
        for (long id = 1; id <= size; id++) {
            Long parent = null;
            NodeKind kind = NodeKind.CLAIM;
            if (id > Math.max(1, size / 400)) {
                do {
                    parent = 1 + (long) random.nextInt((int) id - 1);
                } while (depth.get(parent) >= 6 || nodes.get((int) (parent - 1)).kind() == NodeKind.EVIDENCE);
                kind = random.nextInt(4) == 0 ? NodeKind.EVIDENCE : random.nextInt(3) == 0 ? NodeKind.OBJECTION : NodeKind.PREMISE;
            }
            depth.put(id, parent == null ? 0 : depth.get(parent) + 1);
            int position = childCount.merge(parent == null ? 0L : parent, 1, Integer::sum) - 1;
            String text = sentence(random);
            if (kind == NodeKind.EVIDENCE) {
                int start = random.nextInt(article.body().length() - 200);
                Passage p = Passage.select(article.id(), article.body(), start, start + 60 + random.nextInt(100));
                text = p.quote();
                citations.add(new Citation(null, id, article.id(), p.start(), p.end(), p.quote(), p.prefix(), p.suffix(),
                        Citation.AnchorStatus.ANCHORED, now));
            }
            Stance stance = kind == NodeKind.CLAIM ? Stance.NONE : kind == NodeKind.OBJECTION ? Stance.CON : Stance.PRO;
            nodes.add(new MapNode(id, "n" + id, mapId, parent, position, kind, stance, text, null, false, "bench", now, now, 0));
        }
        edits.reinsert(mapId, nodes, citations);
        return mapId;
    }

    private static final String[] WORDS = ("Iran Azerbaijan Armenia Turkey Israel neutrality mediation border trade energy Caspian "
            + "security identity religion nationalism interests policy relations conflict war trust economy corridor alliance")
            .split(" ");

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 8 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
