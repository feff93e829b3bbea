package org.warrant.shell;

import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shrinks two buffers every push connection allocates and never uses. Atmosphere's websocket wrapper
 * allocates a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize} each (Vaadin sets 16,384, so
 * 48 kB per open browser tab), but with the servlet container's own websocket support (JSR 356) it only ever
 * clears them on close: messages go straight to the container's session. Every open editor paid for them; see
 * docs/decisions/0007-push-buffers.md and the heap figure in docs/benchmarks.md.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String UNUSED_BUFFER_SIZE = "64";
    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin sets up Atmosphere when the servlet context starts, before the service; its settings are
        // then final except through the framework's own init parameters, which it reads per connection.
        atmosphere(event).ifPresentOrElse(
                framework -> framework.addInitParameter(BUFFER_SIZE, UNUSED_BUFFER_SIZE),
                () -> log.info("Push is not set up through Atmosphere's JSR 356 support; websocket buffers left as they are"));
    }

    static Optional<AtmosphereFramework> atmosphere(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return Optional.empty();
        }
        var servlet = service.getServlet();
        Object attribute = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return attribute instanceof AtmosphereFramework framework ? Optional.of(framework) : Optional.empty();
    }
}
