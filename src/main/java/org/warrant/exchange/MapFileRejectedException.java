package org.warrant.exchange;

import java.util.List;

import org.warrant.exchange.model.ReadMap;

/**
 * A map file that can't be imported, with every problem found (by line for Argdown, by node for AIF). Nothing was
 * written. {@code needsArticle}: the file names no article Warrant knows, so the user must choose one.
 */
public class MapFileRejectedException extends RuntimeException {

    private final List<ReadMap.Problem> problems;
    private final boolean needsArticle;

    public MapFileRejectedException(List<ReadMap.Problem> problems, boolean needsArticle) {
        super(problems.isEmpty() ? "rejected" : problems.size() + " problem(s), first: " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
        this.needsArticle = needsArticle;
    }

    public List<ReadMap.Problem> problems() {
        return problems;
    }

    public boolean needsArticle() {
        return needsArticle;
    }
}
