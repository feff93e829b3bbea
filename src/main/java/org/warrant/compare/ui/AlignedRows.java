package org.warrant.compare.ui;

import java.util.ArrayList;
import java.util.List;

import org.warrant.compare.ComparedMap;
import org.warrant.compare.ComparedNode;
import org.warrant.compare.Matching;

/**
 * Two maps as one list of rows: each matched pair on one row, in the left map's order, and each node only one
 * map has on a row of its own, placed next to where it stands in its map.
 */
final class AlignedRows {

    enum Status {
        MATCHED("matched"), CHANGED("changed"), LEFT_ONLY("left-only"), RIGHT_ONLY("right-only");

        /** Its class name, for its colour. */
        final String part;

        Status(String part) {
            this.part = part;
        }
    }

    /** A row: either side may be null. Depths start at 0 for claims. */
    record Row(ComparedNode left, int leftDepth, ComparedNode right, int rightDepth, Status status) {
    }

    private AlignedRows() {
    }

    static List<Row> of(ComparedMap a, ComparedMap b, Matching m) {
        int[] leftDepth = depths(a);
        int[] rightDepth = depths(b);
        List<Row> rows = new ArrayList<>();
        boolean[] placed = new boolean[b.size()];
        int nextRight = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = m.rightOf(i);
            if (j < 0) {
                rows.add(new Row(a.node(i), leftDepth[i], null, 0, Status.LEFT_ONLY));
                continue;
            }
            for (; nextRight < j; nextRight++) { // the right map's own nodes that come before this pair's
                if (m.leftOf(nextRight) < 0 && !placed[nextRight]) {
                    placed[nextRight] = true;
                    rows.add(new Row(null, 0, b.node(nextRight), rightDepth[nextRight], Status.RIGHT_ONLY));
                }
            }
            placed[j] = true;
            rows.add(new Row(a.node(i), leftDepth[i], b.node(j), rightDepth[j], same(a, b, m, i, j) ? Status.MATCHED : Status.CHANGED));
        }
        for (int j = 0; j < b.size(); j++) {
            if (!placed[j] && m.leftOf(j) < 0) {
                rows.add(new Row(null, 0, b.node(j), rightDepth[j], Status.RIGHT_ONLY));
            }
        }
        return rows;
    }

    /** Same stance, and under matched parents (or both claims). */
    private static boolean same(ComparedMap a, ComparedMap b, Matching m, int i, int j) {
        ComparedNode left = a.node(i);
        ComparedNode right = b.node(j);
        if (left.root() || right.root()) {
            return left.root() && right.root();
        }
        return left.stance() == right.stance() && m.rightOf(left.parent()) == right.parent();
    }

    private static int[] depths(ComparedMap map) {
        int[] depth = new int[map.size()];
        for (int i = 0; i < map.size(); i++) {
            ComparedNode n = map.node(i);
            depth[i] = n.root() ? 0 : depth[n.parent()] + 1;
        }
        return depth;
    }
}
