package org.warrant.drafts;

import java.util.List;

/** A draft map broke the rules of maps; nothing was written. */
public class MapDraftRejectedException extends RuntimeException {

    private final List<MapDraft.Problem> problems;

    public MapDraftRejectedException(List<MapDraft.Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<MapDraft.Problem> problems() {
        return problems;
    }
}
