package org.warrant.cluster;

/**
 * Another instance committed a change to a map's content ({@code comments} false) or comments (true), heard
 * through PostgreSQL; {@code committedAtMillis} is that instance's clock at the commit, for the update-delay metric.
 */
public record MapChangedElsewhere(long mapId, boolean comments, long committedAtMillis) {
}
