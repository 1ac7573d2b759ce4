package org.allianceledger.core.partner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator registers a company so that it can take part in alliances. */
public record RegisterPartner(@TargetAggregateIdentifier PartnerId partnerId, String name) {
}
