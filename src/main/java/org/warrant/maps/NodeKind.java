package org.warrant.maps;

public enum NodeKind {
    CLAIM,
    PREMISE,
    OBJECTION,
    EVIDENCE;

    /** Its name as a word: "Claim", "Premise", "Objection", "Evidence". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The stance a node of this kind has unless it says otherwise; evidence may be for (PRO) or against (CON). */
    public Stance defaultStance() {
        return switch (this) {
            case CLAIM -> Stance.NONE;
            case PREMISE, EVIDENCE -> Stance.PRO;
            case OBJECTION -> Stance.CON;
        };
    }
}
