package org.allianceledger.api.projection;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component "eventProcessors": DOWN when a projection's processor is stopped or in error. */
@Component("eventProcessors")
class EventProcessorsHealth implements HealthIndicator {

    private final Projections projections;

    EventProcessorsHealth(Projections projections) {
        this.projections = projections;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (Projections.Progress projection : projections.progress()) {
            if (!projection.running() || projection.inError()) {
                health.down();
            }
            health.withDetail(projection.name(), projection.inError() ? "error"
                    : projection.running() ? "running, " + projection.lag() + " events behind" : "stopped");
        }
        return health.build();
    }
}
