package org.warrant.exchange.ui;

import static org.warrant.ui.Text.t;

import java.util.ArrayList;
import java.util.List;

import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.maps.Stance;
import org.warrant.ui.RoleTree;
import org.warrant.ui.Counted;

/** A map read from a file as the rows of a role tree: each node's depth, role and text, as Warrant will make it. */
final class ReadMapRows {

    private ReadMapRows() {
    }

    static List<RoleTree.Row> of(ReadMap read) {
        List<RoleTree.Row> rows = new ArrayList<>();
        int[] depth = new int[read.nodes().size()];
        for (int i = 0; i < read.nodes().size(); i++) {
            ReadMap.Node n = read.nodes().get(i);
            NodeKind parentKind = n.parent() == null ? null : read.nodes().get(n.parent()).kind();
            depth[i] = n.parent() == null ? 0 : depth[n.parent()] + 1;
            NodeRole role = NodeRole.of(n.kind(), n.stance(), n.group() != null, n.undercut(), parentKind);
            RoleTree.Tone tone = n.stance() == Stance.CON ? RoleTree.Tone.AGAINST : n.stance() == Stance.PRO ? RoleTree.Tone.FOR : RoleTree.Tone.NEUTRAL;
            String quotes = n.cites().isEmpty() ? "" : "  " + t("read-map.quotes", Counted.of(n.cites().size(), "count.quotes"));
            rows.add(new RoleTree.Row(depth[i], t("node-role." + role.name()), role.name().toLowerCase(), tone, n.text() + quotes, n.line()));
        }
        return rows;
    }
}
