package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner dissolves the alliance for good; settlement payments stay possible. */
public record DissolveAlliance(@TargetAggregateIdentifier AllianceId allianceId, PartnerId partner, String reason) implements AllianceCommand {
}
