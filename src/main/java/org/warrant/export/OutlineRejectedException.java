package org.warrant.export;

import java.util.List;

/**
 * An outline that could not be imported; nothing was created. {@code needsArticle}: it quotes passages (or
 * makes a map) without naming its article, so the importer must choose one.
 */
public class OutlineRejectedException extends RuntimeException {

    private final List<OutlineProblem> problems;
    private final boolean needsArticle;

    public OutlineRejectedException(List<OutlineProblem> problems, boolean needsArticle) {
        super(problems.size() + " problem(s); first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
        this.needsArticle = needsArticle;
    }

    public List<OutlineProblem> problems() {
        return problems;
    }

    public boolean needsArticle() {
        return needsArticle;
    }
}
