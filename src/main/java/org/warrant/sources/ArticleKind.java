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

    /** Reads the slug used in seed and Markdown front matter: "op-ed", "academic-paper", … */
    public static java.util.Optional<ArticleKind> fromSlug(String slug) {
        if (slug == null) {
            return java.util.Optional.empty();
        }
        String name = slug.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
