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
 * co-premises side by side, boxes of one width and of the height their wrapped text needs. Each subtree is as wide
 * as its replies together and its box is centred above them; every walk is a loop with a stack (no recursion).
 */
final class DiagramLayout {

    static final double BOX_WIDTH = 230;
    static final double GAP_X = 24;
    static final double GAP_Y = 56;
    static final double MARGIN = 24;

    record Box(MapNode node, @Nullable MapNode parent, double x, double y, double height, List<String> lines, List<String> quotes) {
        double centre() {
            return x + BOX_WIDTH / 2;
        }
    }

    final Map<Long, Box> boxes = new HashMap<>();
    final List<Box> inOrder = new ArrayList<>();
    double width;
    double height;

    DiagramLayout(MapContent map, boolean withQuotes) {
        Map<Long, List<MapNode>> children = new HashMap<>();
        Map<Long, Double> widths = new HashMap<>();
        Map<Long, DiagramText.Wrapped> texts = new HashMap<>();
        List<MapNode> order = map.tree().inTreeOrder();
        for (MapNode n : order) {
            List<MapNode> replies = new ArrayList<>(map.tree().children(n.id()));
            Map<Long, Integer> groupAt = new HashMap<>(); // co-premises sit together, where the first of them is
            replies.forEach(r -> {
                if (r.reasonGroup() != null) {
                    groupAt.merge(r.reasonGroup(), r.position(), Math::min);
                }
            });
            replies.sort(Comparator.comparingLong((MapNode r) -> (r.reasonGroup() == null ? r.position() : groupAt.get(r.reasonGroup())) * 1_000_000L
                    + r.position()));
            children.put(n.id(), replies);
            texts.put(n.id(), DiagramText.wrap(n, withQuotes ? map.citationsOf(n) : List.of(), map));
        }
        for (MapNode n : order.reversed()) { // replies before what they answer
            double sum = children.get(n.id()).stream().mapToDouble(c -> widths.get(c.id())).sum();
            widths.put(n.id(), Math.max(BOX_WIDTH + GAP_X, sum));
        }
        record Place(MapNode node, @Nullable MapNode parent, double left, double y) {
        }
        ArrayDeque<Place> pending = new ArrayDeque<>();
        double left = MARGIN;
        for (MapNode claim : map.tree().roots()) {
            pending.addLast(new Place(claim, null, left, MARGIN));
            left += widths.get(claim.id());
        }
        while (!pending.isEmpty()) {
            Place p = pending.pollFirst();
            DiagramText.Wrapped text = texts.get(p.node().id());
            double x = p.left() + (widths.get(p.node().id()) - BOX_WIDTH - GAP_X) / 2 + GAP_X / 2;
            Box box = new Box(p.node(), p.parent(), x, p.y(), text.height(), text.lines(), text.quotes());
            boxes.put(p.node().id(), box);
            inOrder.add(box);
            width = Math.max(width, x + BOX_WIDTH + MARGIN);
            height = Math.max(height, p.y() + text.height() + MARGIN);
            double childLeft = p.left() + (widths.get(p.node().id()) - children.get(p.node().id()).stream()
                    .mapToDouble(c -> widths.get(c.id())).sum()) / 2;
            for (MapNode c : children.get(p.node().id())) {
                pending.addLast(new Place(c, p.node(), childLeft, p.y() + text.height() + GAP_Y + (c.reasonGroup() != null ? 14 : 0)));
                childLeft += widths.get(c.id());
            }
        }
        width = Math.max(width, 2 * MARGIN + BOX_WIDTH);
    }
}
