package org.warrant.sources;

/** What sort of text an article is; seminars weigh an op-ed differently from a peer-reviewed paper. */
public enum ArticleKind {
    ACADEMIC_PAPER("Academic paper"),
    OP_ED("Op-ed"),
    INTERVIEW("Interview"),
    REFERENCE_PAGE("Reference page"),
    NEWS("News report"),
    OTHER("Other");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
