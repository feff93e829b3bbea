package org.warrant.maps;

import java.time.Instant;

/** One line of a map's history: who did what to which node, when. {@code name} is the user's display name. */
public record MapActivity(long id, Instant at, String username, String name, String action, Long nodeId, String summary) {
}
