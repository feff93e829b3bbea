package org.warrant.comments;

import java.util.Set;

/**
 * A comment or reply was posted: for notifications. {@code recipients} are the people it concerns besides its
 * author: the map's authors (its owner, or its group) and whoever wrote in the thread before.
 */
public record CommentPosted(long mapId, String mapTitle, String author, String excerpt, boolean reply, Set<String> recipients) {
}
