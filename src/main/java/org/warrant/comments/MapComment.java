package org.warrant.comments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a node of a map, or a reply to one ({@code replyTo}). {@code nodeId} is null once the node
 * was deleted. Only a thread's first comment is resolved; {@code authorName} is the author's display name.
 */
public record MapComment(long id, long mapId, @Nullable Long nodeId, @Nullable Long replyTo, String author, @Nullable String authorName, String text,
                         Instant createdAt, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    public static final int MAX_TEXT = 4000;

    public boolean resolved() {
        return resolvedAt != null;
    }

    public boolean isReply() {
        return replyTo != null;
    }
}
