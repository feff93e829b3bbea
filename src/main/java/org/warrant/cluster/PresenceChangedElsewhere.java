package org.warrant.cluster;

/** Who is on a map changed on another instance (read it with {@link PresenceBoard#elsewhere}). */
public record PresenceChangedElsewhere(long mapId) {
}
