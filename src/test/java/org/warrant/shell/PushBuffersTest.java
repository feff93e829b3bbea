package org.warrant.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.warrant.testing.WarrantTest;

/** In the running server, push connections are set up without Atmosphere's unused 16 kB buffers. */
@WarrantTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PushBuffersTest {

    @Autowired ServletContext servletContext;

    @Test
    void push_connections_get_small_unused_buffers() {
        List<AtmosphereFramework> frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast)
                .toList();
        assertThat(frameworks).as("Vaadin's Atmosphere set-up for its servlet").hasSize(1);
        assertThat(frameworks.getFirst().getAtmosphereConfig().getInitParameter(PushBuffers.BUFFER_SIZE))
                .isEqualTo(PushBuffers.UNUSED_BUFFER_SIZE);
    }
}
