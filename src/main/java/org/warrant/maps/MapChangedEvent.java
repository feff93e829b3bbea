package org.warrant.maps;

/**
 * Published by every change to a map's nodes or citations ({@code comments} false) and to its comments
 * ({@code comments} true), and heard after the change commits: open editors of the map then show it
 * ({@code by} is the username who made it).
 */
public record MapChangedEvent(long mapId, String by, boolean comments) {
}
