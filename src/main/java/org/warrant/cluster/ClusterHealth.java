package org.warrant.cluster;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness includes hearing the other instances: an instance that can't would show its editors stale maps,
 * so a load balancer should send new users elsewhere until it reconnects.
 */
@Component("cluster")
class ClusterHealth implements HealthIndicator {

    private final Instance instance;
    private final ClusterListener listener;

    ClusterHealth(Instance instance, ClusterListener listener) {
        this.instance = instance;
        this.listener = listener;
    }

    @Override
    public Health health() {
        Health.Builder health = listener.listening() ? Health.up() : Health.down();
        return health.withDetail("instance", instance.id()).withDetail("shared", instance.shared()).build();
    }
}
