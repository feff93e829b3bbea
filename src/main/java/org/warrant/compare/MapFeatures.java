package org.warrant.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;

/**
 * A map prepared for matching, once per comparison: each node's content words and cited word positions (a
 * reason's include its evidence's), the whole map's cited positions, and indexes from a word or a position to
 * the nodes that have it, so matching two maps looks only at pairs of nodes that share something.
 */
final class MapFeatures {

    final ComparedMap map;
    final long[][] words;
    final long[][] cited;
    final long[] allCited;
    final Map<Long, int[]> byWord;
    final Map<Long, int[]> byPosition;

    MapFeatures(ComparedMap map, ContentWords dictionary) {
        this.map = map;
        int n = map.size();
        words = new long[n][];
        cited = new long[n][];
        List<Long> everything = new ArrayList<>();
        Map<Long, List<Integer>> wordIndex = new HashMap<>();
        Map<Long, List<Integer>> positionIndex = new HashMap<>();
        List<List<Long>> positions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Long> own = new ArrayList<>();
            for (Passage p : map.node(i).passages()) {
                ContentWords.positions(p.articleId(), p.start(), p.quote(), own);
            }
            everything.addAll(own);
            positions.add(own);
        }
        for (int i = 0; i < n; i++) {
            ComparedNode node = map.node(i);
            // a reason cites through its evidence too: two premises backed by the same quote make the same point
            if (node.kind() == NodeKind.EVIDENCE && !node.root() && map.node(node.parent()).kind() != NodeKind.EVIDENCE) {
                positions.get(node.parent()).addAll(positions.get(i));
            }
        }
        for (int i = 0; i < n; i++) {
            words[i] = dictionary.of(map.node(i).text());
            cited[i] = ContentWords.sortedDistinct(positions.get(i));
            for (long w : words[i]) {
                wordIndex.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (long p : cited[i]) {
                positionIndex.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        allCited = ContentWords.sortedDistinct(everything);
        byWord = toArrays(wordIndex);
        byPosition = toArrays(positionIndex);
    }

    int size() {
        return words.length;
    }

    private static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> index) {
        Map<K, int[]> out = new HashMap<>(index.size() * 2);
        index.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
