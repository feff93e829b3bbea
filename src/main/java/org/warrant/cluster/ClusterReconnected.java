package org.warrant.cluster;

/**
 * The connection that hears other instances was lost and is back: notifications sent meanwhile are gone, so
 * whatever is shown of every open map is read again.
 */
public record ClusterReconnected() {
}
