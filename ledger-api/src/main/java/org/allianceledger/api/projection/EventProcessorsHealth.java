package org.allianceledger.api.projection;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component "eventProcessors": DOWN when a projection's processor is stopped or in error, or its progress
 * cannot be read (the database is gone). Parked events are shown but leave it UP: the projection goes on with
 * every other alliance, and every instance would report the same parked events, so taking instances out of
 * service would not help.
 */
@Component("eventProcessors")
class EventProcessorsHealth extends AbstractHealthIndicator {

    private final Projections projections;

    EventProcessorsHealth(Projections projections) {
        super("the progress of the projections could not be read");
        this.projections = projections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up();
        for (Projections.Progress projection : projections.progress()) {
            if (!projection.running() || projection.inError()) {
                health.down();
            }
            String state = projection.inError() ? "error"
                    : projection.running() ? "running, " + projection.lag() + " events behind" : "stopped";
            health.withDetail(projection.name(), projection.parkedEvents() == 0 ? state
                    : state + ", " + projection.parkedEvents() + " events parked");
        }
    }
}
