package org.warrant.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/** Hand-built maps for the comparison tests, citing a made-up article of numbered words ("w0 w1 w2 …"). */
final class TestMap {

    static final long ARTICLE = 7;
    static final String BODY = IntStream.range(0, 2000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

    private final List<ComparedNode> nodes = new ArrayList<>();
    private long nextId = 1;

    int claim(String text) {
        return add(null, NodeKind.CLAIM, Stance.NONE, text);
    }

    int premise(int parent, String text) {
        return add(parent, NodeKind.PREMISE, Stance.PRO, text);
    }

    int objection(int parent, String text) {
        return add(parent, NodeKind.OBJECTION, Stance.CON, text);
    }

    /** Evidence citing words [from, to) of the article. */
    int evidence(int parent, int from, int to) {
        int at = add(parent, NodeKind.EVIDENCE, Stance.PRO, "Quoted");
        cite(at, from, to);
        return at;
    }

    int add(Integer parent, NodeKind kind, Stance stance, String text) {
        nodes.add(new ComparedNode(nextId++, parent, kind, stance, text, List.of()));
        return nodes.size() - 1;
    }

    void cite(int node, int fromWord, int toWord) {
        ComparedNode n = nodes.get(node);
        List<Passage> passages = new ArrayList<>(n.passages());
        passages.add(Passage.at(ARTICLE, BODY, offsetOf(fromWord), offsetOf(toWord) - 1));
        nodes.set(node, new ComparedNode(n.id(), n.parent(), n.kind(), n.stance(), n.text(), passages));
    }

    ComparedMap build(long mapId, String label) {
        return new ComparedMap(mapId, label, List.copyOf(nodes));
    }

    /** Where word i starts; one past the end of the body for the word after the last. */
    static int offsetOf(int word) {
        int offset = 0;
        for (int i = 0; i < word; i++) {
            offset += ("w" + i).length() + 1;
        }
        return offset;
    }
}
