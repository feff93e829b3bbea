package org.warrant.maps;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a node is where it stands, the one rule every view and format names nodes by: its kind, refined by its
 * place. An objection to an objection is a rebuttal, an objection to an inference an undercut, a premise in a
 * reason group a co-premise, and evidence with a con stance evidence against.
 */
public enum NodeRole {
    CLAIM("Claim", "a claim"),
    PREMISE("Premise", "a premise"),
    CO_PREMISE("Co-premise", "a co-premise"),
    OBJECTION("Objection", "an objection"),
    REBUTTAL("Rebuttal", "a rebuttal"),
    UNDERCUT("Undercut", "an undercut"),
    EVIDENCE("Evidence", "evidence"),
    EVIDENCE_AGAINST("Evidence against", "evidence against");

    private final String label;
    private final String inSentence;

    NodeRole(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    /** The role of {@code node} under {@code parent} (null for a claim at the top). */
    public static NodeRole of(MapNode node, @Nullable MapNode parent) {
        return of(node.kind(), node.stance(), node.reasonGroup() != null, node.undercut(), parent == null ? null : parent.kind());
    }

    /** The same rule for a node not yet in a map (an outline read for import): its kind and place. */
    public static NodeRole of(NodeKind kind, Stance stance, boolean grouped, boolean undercut, @Nullable NodeKind parentKind) {
        return switch (kind) {
            case CLAIM -> CLAIM;
            case PREMISE -> grouped ? CO_PREMISE : PREMISE;
            case OBJECTION -> undercut ? UNDERCUT : parentKind == NodeKind.OBJECTION ? REBUTTAL : OBJECTION;
            case EVIDENCE -> stance == Stance.CON ? EVIDENCE_AGAINST : EVIDENCE;
        };
    }

    /** As a heading or a badge says it: "Co-premise". */
    public String label() {
        return label;
    }

    /** As a sentence says it, with the stance where the role doesn't already: "a premise (pro)", "evidence against". */
    public String inWords(Stance stance) {
        boolean saysStance = this == EVIDENCE_AGAINST || stance == Stance.NONE;
        return inSentence + (saysStance ? "" : " (" + stance.name().toLowerCase(Locale.ROOT) + ")");
    }
}
