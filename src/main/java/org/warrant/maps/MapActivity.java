package org.warrant.maps;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a map's history: who did what to which node, when. {@code name} is the user's display name. */
public record MapActivity(long id, Instant at, String username, @Nullable String name, String action, @Nullable Long nodeId, String summary) {
}
