package org.warrant.compare;

import java.util.List;

/**
 * What a comparison works on, as {@link CompareService#load} read it for an instructor: the assignment, its
 * submitted maps and its answer key (null when it has none), and the articles the maps draw on.
 */
public record Submissions(long assignmentId, String title, List<Long> articleIds, List<SubmittedMap> maps, ComparedMap reference) {
}
