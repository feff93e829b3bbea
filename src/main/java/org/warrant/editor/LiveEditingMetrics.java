package org.warrant.editor;

import java.time.Duration;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Live editing's figures, for operators (docs/deploy.md): editors open on this instance, edits committed here
 * (a counter: its rate is edits per second), and the delay from a commit, here or on another instance, until
 * the other editors of the map are handed the change.
 */
@Component
class LiveEditingMetrics {

    private final MeterRegistry registry;
    private final Counter edits;
    private final Timer updateDelay;

    LiveEditingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.edits = Counter.builder("warrant.edits").description("Changes to maps committed on this instance").register(registry);
        this.updateDelay = Timer.builder("warrant.live.update.delay")
                .description("From a change's commit until the map's other editors are handed it")
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    void countEditors(IntSupplier open) {
        Gauge.builder("warrant.editors.open", open::getAsInt).description("Map editors open on this instance").register(registry);
    }

    void edited() {
        edits.increment();
    }

    void updateDelay(long millis) {
        updateDelay.record(Duration.ofMillis(Math.max(0, millis)));
    }
}
