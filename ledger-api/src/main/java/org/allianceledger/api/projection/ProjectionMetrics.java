package org.allianceledger.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Per projection: the global index it has reached, how many events it is behind, and whether it is
 * replaying. During a rebuild, done / total is its progress. Every gauge reads the database; once a reading
 * failed (PostgreSQL is gone), the gauges show NaN for a second without asking again, so a scrape is answered
 * after one wait for a connection, not one per gauge.
 */
@Component
class ProjectionMetrics {

    private static final long SKIP_AFTER_FAILURE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Projections projections;
    private final MeterRegistry registry;
    private final Clock clock;
    /** Until when (System.nanoTime) the gauges show NaN without reading, after a failed reading. */
    private volatile long skipUntil = System.nanoTime();

    ProjectionMetrics(Projections projections, MeterRegistry registry, Clock clock) {
        this.projections = projections;
        this.registry = registry;
        this.clock = clock;
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
            gauge(registry, "ledger.projection.parked.events", name, Projections.Progress::parkedEvents);
            Gauge.builder("ledger.projection.lag.seconds", projections,
                            all -> read(() -> all.lagSeconds(name, clock.instant())))
                    .description("How long ago the oldest event the projection has not read yet was recorded")
                    .tag("projection", name)
                    .register(registry);
        }
        Gauge.builder("ledger.events.stored", projections, all -> read(all::head))
                .description("Events in the event store (the newest global index); its rate is events appended")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String metric, String projection,
                       ToDoubleFunction<Projections.Progress> value) {
        Gauge.builder(metric, projections,
                        all -> read(() -> all.progress(projection).map(value::applyAsDouble).orElse(Double.NaN)))
                .tag("projection", projection)
                .register(registry);
    }

    private double read(DoubleSupplier reading) {
        if (System.nanoTime() - skipUntil < 0) {
            return Double.NaN;
        }
        try {
            return reading.getAsDouble();
        } catch (DataAccessException e) {
            skipUntil = System.nanoTime() + SKIP_AFTER_FAILURE_NANOS;
            throw e; // Micrometer logs it (once) and shows NaN
        }
    }
}
