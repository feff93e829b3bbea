package org.warrant.maps;

import java.util.Locale;

/** A node's kind and stance as the history says them: "a premise (pro)", "an objection", "evidence (con)". */
final class NodeLabelsInWords {

    private NodeLabelsInWords() {
    }

    static String of(MapNode node) {
        String kind = node.kind().name().toLowerCase(Locale.ROOT);
        String article = switch (node.kind()) {
            case EVIDENCE -> "";
            case OBJECTION -> "an ";
            default -> "a ";
        };
        String stance = node.stance() == Stance.NONE ? "" : " (" + node.stance().name().toLowerCase(Locale.ROOT) + ")";
        return article + kind + stance;
    }
}
