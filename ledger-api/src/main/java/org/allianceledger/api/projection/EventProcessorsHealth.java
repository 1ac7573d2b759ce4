package org.allianceledger.api.projection;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component "eventProcessors": DOWN when a projection's processor is stopped or in error. Parked events
 * are shown but leave it UP: the projection goes on with every other alliance, and every instance would report
 * the same parked events, so taking instances out of service would not help.
 */
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
            String state = projection.inError() ? "error"
                    : projection.running() ? "running, " + projection.lag() + " events behind" : "stopped";
            health.withDetail(projection.name(), projection.parkedEvents() == 0 ? state
                    : state + ", " + projection.parkedEvents() + " events parked");
        }
        return health.build();
    }
}
