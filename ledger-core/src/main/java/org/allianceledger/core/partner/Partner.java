package org.allianceledger.core.partner;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A registered company. Registering the same partner id twice fails on the event stream's uniqueness. */
public class Partner {

    @AggregateIdentifier
    private PartnerId partnerId;

    protected Partner() {
        // for Axon
    }

    @CommandHandler
    public Partner(RegisterPartner command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new IllegalArgumentException("partner name must not be blank");
        }
        apply(new PartnerRegistered(command.partnerId(), command.name().strip()));
    }

    @EventSourcingHandler
    void on(PartnerRegistered event) {
        this.partnerId = event.partnerId();
    }
}
