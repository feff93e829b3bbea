package org.warrant.cluster;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sticky sessions behind a load balancer: with {@code warrant.instance.route} (WARRANT_ROUTE) set, Tomcat ends
 * every session id with ".route", and the balancer sends each request to the instance its session cookie names
 * (deploy/nginx/warrant.conf). Vaadin keeps a user's UI state in that instance's memory, so it must.
 */
@Component
class InstanceRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    InstanceRoute(@Value("${warrant.instance.route:}") String route) {
        if (!route.isEmpty() && !route.matches("[A-Za-z0-9_-]{1,20}")) {
            throw new IllegalArgumentException("warrant.instance.route must be 1 to 20 letters, digits, '_' or '-', not '" + route + "'");
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The engine is the context's grandparent once the context is added to its host, which is after
        // customizers run, and its route is read when the context's session manager starts.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                ((Engine) ((Context) event.getLifecycle()).getParent().getParent()).setJvmRoute(route);
            }
        }));
    }
}
