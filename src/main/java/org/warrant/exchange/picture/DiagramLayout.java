package org.warrant.exchange.picture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.warrant.exchange.model.MapContent;
import org.warrant.maps.MapNode;

/**
 * Where each box goes, as the editor's diagram lays a map out: claims on top, replies below what they answer,
 * co-premises side by side, boxes of one width and of the height their wrapped text needs, each subtree as wide as its
 * replies and its box centred above them. Unlike the editor, which can pan, a picture must fit a page: where a node's
 * replies would together be wider than {@value #WIDE} pixels, they go in several rows, each about as wide as the square
 * root of their area, so a large map comes out roughly as tall as wide. Every walk is a loop with a stack (no recursion).
 */
final class DiagramLayout {

    static final double BOX_WIDTH = 230;
    static final double GAP_X = 24;
    static final double GAP_Y = 56;
    static final double MARGIN = 24;
    static final double WIDE = 6_000;
    private static final double GROUP_LABEL = 14;

    record Box(MapNode node, @Nullable MapNode parent, double x, double y, double height, List<String> lines, List<String> quotes) {
        double centre() {
            return x + BOX_WIDTH / 2;
        }
    }

    /** A subtree's size and its replies in rows. */
    private record Extent(double width, double height, List<List<MapNode>> rows, List<Double> rowHeights) {
    }

    final Map<Long, Box> boxes = new HashMap<>();
    final List<Box> inOrder = new ArrayList<>();
    double width;
    double height;

    DiagramLayout(MapContent map, boolean withQuotes) {
        Map<Long, DiagramText.Wrapped> texts = new HashMap<>();
        Map<Long, Extent> extents = new HashMap<>();
        List<MapNode> order = map.tree().inTreeOrder();
        for (MapNode n : order) {
            texts.put(n.id(), DiagramText.wrap(n, withQuotes ? map.citationsOf(n) : List.of(), map));
        }
        for (MapNode n : order.reversed()) { // replies before what they answer
            extents.put(n.id(), extent(texts.get(n.id()).height() + GAP_Y, sorted(map.tree().children(n.id())), extents));
        }
        Extent all = extent(0, map.tree().roots(), extents);
        record Place(MapNode node, @Nullable MapNode parent, double left, double y) {
        }
        ArrayDeque<Place> pending = new ArrayDeque<>();
        queueRows(all, MARGIN, MARGIN, null, extents, (n, left, y) -> pending.addLast(new Place(n, null, left, y)));
        while (!pending.isEmpty()) {
            Place p = pending.pollFirst();
            DiagramText.Wrapped text = texts.get(p.node().id());
            Extent e = extents.get(p.node().id());
            double x = p.left() + (e.width() - BOX_WIDTH) / 2;
            Box box = new Box(p.node(), p.parent(), x, p.y(), text.height(), text.lines(), text.quotes());
            boxes.put(p.node().id(), box);
            inOrder.add(box);
            width = Math.max(width, x + BOX_WIDTH + MARGIN);
            height = Math.max(height, p.y() + text.height() + MARGIN);
            queueRows(e, p.left(), p.y() + text.height() + GAP_Y, p.node(), extents,
                    (n, left, y) -> pending.addLast(new Place(n, p.node(), left, y)));
        }
        width = Math.max(width, 2 * MARGIN + BOX_WIDTH);
    }

    private interface Placer {
        void place(MapNode node, double left, double y);
    }

    /** Puts each row of replies under its node, centred in the node's width; co-premises leave room for their label. */
    private static void queueRows(Extent e, double left, double top, @Nullable MapNode parent, Map<Long, Extent> extents, Placer placer) {
        double y = top;
        for (int r = 0; r < e.rows().size(); r++) {
            List<MapNode> row = e.rows().get(r);
            double rowWidth = row.stream().mapToDouble(c -> extents.get(c.id()).width()).sum();
            double childLeft = left + (e.width() - rowWidth) / 2;
            for (MapNode c : row) {
                placer.place(c, childLeft, y + (c.reasonGroup() != null && parent != null ? GROUP_LABEL : 0));
                childLeft += extents.get(c.id()).width();
            }
            y += e.rowHeights().get(r);
        }
    }

    /** A node's extent from its own height (box and gap) and its replies' extents, the replies cut into rows. */
    private static Extent extent(double own, List<MapNode> replies, Map<Long, Extent> extents) {
        double total = 0;
        double area = 0;
        double widest = 0;
        for (MapNode c : replies) {
            Extent e = extents.get(c.id());
            total += e.width();
            area += e.width() * e.height();
            widest = Math.max(widest, e.width());
        }
        double budget = total <= WIDE ? total : Math.max(Math.max(WIDE, widest), 1.3 * Math.sqrt(area));
        List<List<MapNode>> rows = new ArrayList<>();
        List<MapNode> row = new ArrayList<>();
        double rowWidth = 0;
        for (MapNode c : replies) {
            double w = extents.get(c.id()).width();
            if (!row.isEmpty() && rowWidth + w > budget) {
                rows.add(row);
                row = new ArrayList<>();
                rowWidth = 0;
            }
            row.add(c);
            rowWidth += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        double width = BOX_WIDTH + GAP_X;
        double height = own;
        List<Double> rowHeights = new ArrayList<>();
        for (List<MapNode> r : rows) {
            width = Math.max(width, r.stream().mapToDouble(c -> extents.get(c.id()).width()).sum());
            double rowHeight = r.stream().mapToDouble(c -> extents.get(c.id()).height() + (c.reasonGroup() != null ? GROUP_LABEL : 0)).max().orElse(0);
            rowHeights.add(rowHeight);
            height += rowHeight;
        }
        return new Extent(width, height, rows, rowHeights);
    }

    /** Co-premises together, where the first of them is. */
    private static List<MapNode> sorted(List<MapNode> children) {
        Map<Long, Integer> groupAt = new HashMap<>();
        children.forEach(r -> {
            if (r.reasonGroup() != null) {
                groupAt.merge(r.reasonGroup(), r.position(), Math::min);
            }
        });
        List<MapNode> replies = new ArrayList<>(children);
        replies.sort(Comparator.comparingLong((MapNode r) -> (r.reasonGroup() == null ? r.position() : groupAt.get(r.reasonGroup())) * 1_000_000L
                + r.position()));
        return replies;
    }
}
