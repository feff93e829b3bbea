package org.warrant.maps.ui;

import java.util.Locale;

import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

/** What a node is called where it stands: an objection to an objection is a rebuttal. */
final class NodeLabels {

    private NodeLabels() {
    }

    static String role(MapNode node, MapNode parent) {
        return switch (node.kind()) {
            case CLAIM -> "Claim";
            case PREMISE -> node.reasonGroup() != null ? "Co-premise" : "Premise";
            case OBJECTION -> node.undercut() ? "Undercut" : parent != null && parent.kind() == NodeKind.OBJECTION ? "Rebuttal" : "Objection";
            case EVIDENCE -> node.stance() == Stance.CON ? "Evidence against" : "Evidence";
        };
    }

    static String partNames(MapNode node) {
        return "kind-" + node.kind().name().toLowerCase(Locale.ROOT) + " stance-" + node.stance().name().toLowerCase(Locale.ROOT);
    }
}
