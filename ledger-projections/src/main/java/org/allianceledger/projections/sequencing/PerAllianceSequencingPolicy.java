package org.allianceledger.projections.sequencing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Puts every event of one alliance, from its own stream and from its customer journeys' streams
 * ({@code <alliance id>:<customer>}), into one sequence, so one processor segment handles them in order. The
 * journal books commissions (journey streams) and spend (the alliance stream) into the same balance rows; with
 * Axon's default per-stream sequencing two segments updated one alliance's balances at once and deadlocked.
 * Other streams (partners) keep their own sequence.
 */
public final class PerAllianceSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            String stream = domainEvent.getAggregateIdentifier();
            int customer = stream.indexOf(':');
            return customer < 0 ? stream : stream.substring(0, customer);
        }
        return event.getIdentifier();
    }
}
