package org.warrant.maps;

public enum NodeKind {
    CLAIM,
    PREMISE,
    OBJECTION,
    EVIDENCE;

    /** The stance a node of this kind has unless it says otherwise; evidence may be for (PRO) or against (CON). */
    public Stance defaultStance() {
        return switch (this) {
            case CLAIM -> Stance.NONE;
            case PREMISE, EVIDENCE -> Stance.PRO;
            case OBJECTION -> Stance.CON;
        };
    }
}
