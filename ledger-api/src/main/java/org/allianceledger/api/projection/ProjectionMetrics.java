package org.allianceledger.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Per projection: the global index it has reached, how many events it is behind, and whether it is
 * replaying. During a rebuild, done / total is its progress.
 */
@Component
class ProjectionMetrics {

    private final Projections projections;
    private final MeterRegistry registry;

    ProjectionMetrics(Projections projections, MeterRegistry registry) {
        this.projections = projections;
        this.registry = registry;
    }

    /** Once the application is ready, because Axon builds its event processors while it starts. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (Projections.Progress projection : projections.progress()) {
            String name = projection.name();
            gauge(registry, "ledger.projection.events.done", name, Projections.Progress::eventsDone);
            gauge(registry, "ledger.projection.events.total", name, Projections.Progress::eventsTotal);
            gauge(registry, "ledger.projection.lag.events", name, Projections.Progress::lag);
            gauge(registry, "ledger.projection.replaying", name, p -> p.replaying() ? 1 : 0);
        }
    }

    private void gauge(MeterRegistry registry, String metric, String projection,
                       ToDoubleFunction<Projections.Progress> value) {
        Gauge.builder(metric, projections,
                        all -> all.progress(projection).map(value::applyAsDouble).orElse(Double.NaN))
                .tag("projection", projection)
                .register(registry);
    }
}
